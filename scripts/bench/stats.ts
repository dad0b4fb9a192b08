import { performance } from 'node:perf_hooks';

/** The median; 0 for no values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The p-th percentile (0–100), nearest rank; 0 for no values. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

/** Rounds to `digits` decimals, keeping nulls. */
export function round(value: number | null, digits = 1): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** ours ÷ baseline, rounded; null when either is missing. */
export function ratio(ours: number | null, baseline: number | null, digits = 2): number | null {
  if (ours === null || baseline === null || baseline === 0) return null;
  return round(ours / baseline, digits);
}

/** Milliseconds taken by a synchronous function. */
export function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** True for a quick smoke run (BENCH_QUICK=1): fewer repetitions, shorter durations. */
export const QUICK = process.env.BENCH_QUICK === '1';

/** Writes a progress line to stderr, so stdout stays the JSON summary. */
export function progress(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}
