// Writes a realistic generated digest into a data folder, with statements, so the app can be
// tried at scale:
//   npm run --silent generate -- --entries 10000 --out /tmp/chronology-10k [--seed 1] [--statements 1000]
//   CHRONOLOGY_DATA_DIR=/tmp/chronology-10k npm start
// Without --statements the bundled statements are copied; with it, that many generated ones
// (joint statements in both languages, meeting summaries, press conferences with Q&A) are written.
import fs from 'node:fs';
import path from 'node:path';
import { generateDigest } from '../lib/generate/digest';
import { generateStatements } from '../lib/generate/statements';

function arg(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

const entries = Number(arg('entries') ?? 1000);
const out = arg('out');
const seed = Number(arg('seed') ?? 1);
const statementCount = arg('statements') === undefined ? null : Number(arg('statements'));
if (
  !out ||
  !Number.isInteger(entries) ||
  entries < 1 ||
  !Number.isInteger(seed) ||
  (statementCount !== null && (!Number.isInteger(statementCount) || statementCount < 0))
) {
  process.stderr.write('usage: generate --entries N --out DIR [--seed S] [--statements N]\n');
  process.exit(2);
}

const { text, ids } = generateDigest(entries, seed);
fs.mkdirSync(path.join(out, 'digest'), { recursive: true });
fs.writeFileSync(path.join(out, 'digest', 'generated.txt'), text);
fs.mkdirSync(path.join(out, 'statements'), { recursive: true });
if (statementCount === null) {
  const statements = path.resolve('data', 'statements');
  for (const name of fs.existsSync(statements) ? fs.readdirSync(statements) : []) {
    fs.copyFileSync(path.join(statements, name), path.join(out, 'statements', name));
  }
} else {
  for (const statement of generateStatements(statementCount, seed)) {
    fs.writeFileSync(path.join(out, 'statements', statement.name), statement.text);
  }
}
console.log(`wrote ${ids.length} entries (${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB) to ${path.join(out, 'digest', 'generated.txt')}`);
if (statementCount !== null) console.log(`wrote ${statementCount} generated statements to ${path.join(out, 'statements')}`);
