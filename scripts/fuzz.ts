// npm run fuzz: throws generated and mutated input at both parsers, far more than the unit suite
// does, and records the result in docs/FUZZ.md. Properties: the parser never throws; a digest's
// every character is accounted for; a statement result always fits its schema.
import fs from 'node:fs';
import fc from 'fast-check';
import { generateDigest } from '../lib/generate/digest';
import { parseDigest, uncoveredRanges } from '../lib/parser/digest';
import { statementResultSchema } from '../lib/parser/schema';
import { parseStatement } from '../lib/parser/statement';

const runs = Number(process.env.FUZZ_RUNS ?? 12_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

const noise = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.string({ maxLength: 24, unit: 'binary' }),
  fc.constantFrom('<2507-062601>', '<9999-999999>', '<2507-0626>', '【関連記事:', '【註】', '】', '/td>', '<td>', '2025.13.40 ', '2023.05:13 ', '00:00 ', '\n', '\r\n', '\u0000', '\uFEFF', '\uFFFD', '(Yahoo)', 'Yahoo ', '\u3000'),
);
const mutations = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 200 }), noise), { maxLength: 8 });

function mutate(text: string, edits: Array<[number, number, string]>): string {
  let out = text;
  for (const [position, cut, piece] of edits) {
    const at = position % (out.length + 1);
    out = out.slice(0, at) + piece + out.slice(Math.min(out.length, at + (cut % 50)));
  }
  return out;
}

interface Outcome {
  name: string;
  runs: number;
  ms: number;
  failed: boolean;
  counterexample: string | null;
}

function check(name: string, property: fc.IProperty<unknown>, numRuns: number): Outcome {
  const started = performance.now();
  const details = fc.check(property, { numRuns, seed });
  return {
    name,
    runs: details.numRuns,
    ms: Math.round(performance.now() - started),
    failed: details.failed,
    counterexample: details.failed ? JSON.stringify(details.counterexample).slice(0, 500) : null,
  };
}

const statementSeeds = fs.readdirSync('data/statements').map((name) => fs.readFileSync(`data/statements/${name}`, 'utf8'));

const outcomes = [
  check(
    'digest: generated digests, mutated',
    fc.property(fc.integer({ min: 1, max: 2 ** 30 }), fc.integer({ min: 1, max: 30 }), mutations, (s, n, edits) => {
      const text = mutate(generateDigest(n, s).text, edits);
      const result = parseDigest(text);
      if (uncoveredRanges(text, result).length > 0) throw new Error('characters unaccounted for');
    }),
    runs,
  ),
  check(
    'digest: arbitrary text',
    fc.property(fc.oneof(fc.string({ maxLength: 500 }), fc.string({ maxLength: 500, unit: 'binary' })), (text) => {
      const result = parseDigest(text);
      if (uncoveredRanges(text, result).length > 0) throw new Error('characters unaccounted for');
    }),
    runs,
  ),
  check(
    'statement: the four articles, mutated',
    fc.property(fc.nat(), mutations, (which, edits) => {
      const text = mutate(statementSeeds[which % statementSeeds.length] ?? '', edits);
      if (!statementResultSchema.safeParse(parseStatement(text)).success) throw new Error('result does not fit the schema');
    }),
    runs,
  ),
  check(
    'statement: arbitrary text',
    fc.property(fc.oneof(fc.string({ maxLength: 500 }), fc.array(fc.string({ maxLength: 40 }), { maxLength: 30 }).map((l) => l.join('\n'))), (text) => {
      if (!statementResultSchema.safeParse(parseStatement(text)).success) throw new Error('result does not fit the schema');
    }),
    runs,
  ),
];

const failed = outcomes.some((o) => o.failed);
console.log(JSON.stringify({ seed, outcomes }, null, 2));
const rows = outcomes.map((o) => `| ${o.name} | ${o.runs.toLocaleString('en')} | ${o.failed ? `FAILED: ${o.counterexample}` : 'passed'} | ${(o.ms / 1000).toFixed(1)} |`).join('\n');
fs.mkdirSync('docs', { recursive: true });
fs.writeFileSync(
  'docs/FUZZ.md',
  `# Fuzzing

Written by \`npm run fuzz\` (fast-check; \`FUZZ_RUNS\` and \`FUZZ_SEED\` set the size and the seed).
Properties: the parser never throws; every character of a digest lies in an entry, the header
or a diagnostic; a statement result always fits its schema.

- Last run: ${new Date().toISOString().slice(0, 10)}, seed ${seed}

| property | cases | result | seconds |
| --- | ---: | --- | ---: |
${rows}
`,
);
process.exitCode = failed ? 1 : 0;
