// npm run bench: measures what docs/BENCHMARKS.md reports and rewrites that file.
// Figures are medians of several runs; comparisons are ratios measured in the same run, because
// these machines are shared and noisy.
import fs from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { generateDigest } from '../lib/generate/digest';
import { parseDigest } from '../lib/parser/digest';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

interface ParserFigure {
  entries: number;
  megabytes: number;
  parseMs: number;
  markerPassMs: number;
  ratioToMarkerPass: number;
  megabytesPerSecond: number;
}

function benchParser(): { figures: ParserFigure[]; growth10kTo100k: number | null } {
  const figures: ParserFigure[] = [];
  for (const entries of [1_000, 10_000, 100_000]) {
    const { text } = generateDigest(entries, 42);
    const runs = entries >= 100_000 ? 5 : 9;
    const parseTimes: number[] = [];
    const passTimes: number[] = [];
    let sink = 0;
    parseDigest(text); // warm-up: JIT and regex compilation
    for (let i = 0; i < runs; i++) {
      // Interleave the two so that machine noise hits both alike.
      passTimes.push(
        time(() => {
          for (const match of text.matchAll(/<(\d{4}-\d{6})>/g)) sink += match.index;
        }),
      );
      parseTimes.push(time(() => (sink += parseDigest(text).events.length)));
    }
    if (sink === -1) console.log('');
    const parseMs = median(parseTimes);
    const markerPassMs = median(passTimes);
    const megabytes = Buffer.byteLength(text) / 1e6;
    figures.push({
      entries,
      megabytes: Number(megabytes.toFixed(2)),
      parseMs: Number(parseMs.toFixed(1)),
      markerPassMs: Number(markerPassMs.toFixed(2)),
      ratioToMarkerPass: Number((parseMs / markerPassMs).toFixed(1)),
      megabytesPerSecond: Number((megabytes / (parseMs / 1000)).toFixed(1)),
    });
  }
  const t10k = figures.find((f) => f.entries === 10_000)?.parseMs;
  const t100k = figures.find((f) => f.entries === 100_000)?.parseMs;
  return { figures, growth10kTo100k: t10k && t100k ? Number((t100k / t10k).toFixed(2)) : null };
}

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

const parser = benchParser();
const summary = { measuredAt: new Date().toISOString().slice(0, 10), machine: machine(), parser };
console.log(JSON.stringify(summary, null, 2));

const rows = parser.figures
  .map((f) => `| ${f.entries.toLocaleString('en')} | ${f.megabytes} | ${f.parseMs} | ${f.megabytesPerSecond} | ${f.markerPassMs} | ${f.ratioToMarkerPass}× |`)
  .join('\n');
const markdown = `# Benchmarks

Written by \`npm run bench\`; do not edit by hand. Medians of several runs; ratios compare figures
measured in the same run.

- Measured: ${summary.measuredAt}
- Machine: ${summary.machine}

## Digest parser

Generated digests (\`lib/generate/digest.ts\`, seed 42). The marker pass is one regex pass that
only finds the \`<ID>\` markers in the same text: the floor any parser of this format stands on.

| entries | MB | parse (ms) | MB/s | marker pass (ms) | parse ÷ marker pass |
| ---: | ---: | ---: | ---: | ---: | ---: |
${rows}

Growth from 10,000 to 100,000 entries (10× the input): ${parser.growth10kTo100k}× the time.
`;
fs.mkdirSync('docs', { recursive: true });
fs.writeFileSync('docs/BENCHMARKS.md', markdown);
