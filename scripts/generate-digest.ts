// Writes a realistic generated digest into a data folder, with the bundled statements, so the app
// can be tried at scale:
//   npm run --silent generate -- --entries 10000 --out /tmp/chronology-10k [--seed 1]
//   CHRONOLOGY_DATA_DIR=/tmp/chronology-10k npm start
import fs from 'node:fs';
import path from 'node:path';
import { generateDigest } from '../lib/generate/digest';

function arg(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

const entries = Number(arg('entries') ?? 1000);
const out = arg('out');
const seed = Number(arg('seed') ?? 1);
if (!out || !Number.isInteger(entries) || entries < 1 || !Number.isInteger(seed)) {
  process.stderr.write('usage: generate --entries N --out DIR [--seed S]\n');
  process.exit(2);
}

const { text, ids } = generateDigest(entries, seed);
fs.mkdirSync(path.join(out, 'digest'), { recursive: true });
fs.writeFileSync(path.join(out, 'digest', 'generated.txt'), text);
const statements = path.resolve('data', 'statements');
fs.mkdirSync(path.join(out, 'statements'), { recursive: true });
for (const name of fs.existsSync(statements) ? fs.readdirSync(statements) : []) {
  fs.copyFileSync(path.join(statements, name), path.join(out, 'statements', name));
}
console.log(`wrote ${ids.length} entries (${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB) to ${path.join(out, 'digest', 'generated.txt')}`);
