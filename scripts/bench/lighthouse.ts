// Lighthouse 12 on a few pages, with the same Chromium and headless flags as the other browser
// benchmarks. Default Lighthouse settings (mobile emulation, a touch screen, simulated
// throttling), or its desktop preset for a page asked for `desktop`.
import { findChromium } from '../find-chromium.cjs';
import { CHROMIUM_FLAGS } from './timeline';
import { median, progress, QUICK } from './stats';

/** Lighthouse's two presets: its default (a mid-range phone) and its desktop configuration. */
export type LighthousePreset = 'mobile' | 'desktop';

export interface LighthousePage {
  path: string;
  preset: LighthousePreset;
}

export interface LighthouseScores extends LighthousePage {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  /** The performance score of each run, in order. */
  performanceRuns: Array<number | null>;
  /**
   * Medians of the metrics behind the performance score (simulated, in ms), to show what a
   * missed target comes from: first and largest contentful paint, total blocking time, and the
   * cumulative layout shift (unitless).
   */
  metrics: { fcpMs: number | null; lcpMs: number | null; tbtMs: number | null; cls: number | null };
  /** Audits that failed in accessibility and best practices, by id. */
  failing: string[];
}

/** Runs per page: simulated throttling swings a single score by several points on a shared machine. */
const RUNS = QUICK ? 1 : 5;

interface OneRun {
  performance: number | null;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  failing: string[];
}

/** Each page RUNS times, each run in a fresh Chromium; each score is the median of the runs. */
export async function benchLighthouse(origin: string, pages: readonly LighthousePage[]): Promise<LighthouseScores[] | { error: string }> {
  const chromePath = findChromium()?.path;
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const chromeLauncher = await import('chrome-launcher');
  const results: LighthouseScores[] = [];
  for (const { path, preset } of pages) {
    const runs: OneRun[] = [];
    for (let run = 1; run <= RUNS; run++) {
      progress(`lighthouse ${path} (${preset}), run ${run}/${RUNS}`);
      const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...CHROMIUM_FLAGS], logLevel: 'silent' });
      try {
        const result = await lighthouse(
          origin + path,
          {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices'],
          },
          preset === 'desktop' ? desktopConfig : undefined,
        );
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`no Lighthouse result for ${path}`);
        const score = (id: string) => {
          const value = lhr.categories[id]?.score;
          return typeof value === 'number' ? Math.round(value * 100) : null;
        };
        const failing = ['accessibility', 'best-practices'].flatMap((category) =>
          (lhr.categories[category]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => ref.id),
        );
        const numeric = (id: string) => {
          const value = lhr.audits[id]?.numericValue;
          return typeof value === 'number' ? value : null;
        };
        const rounded = (value: number | null, step = 1) => (value === null ? null : Math.round(value / step) * step);
        runs.push({
          performance: score('performance'),
          fcpMs: rounded(numeric('first-contentful-paint')),
          lcpMs: rounded(numeric('largest-contentful-paint')),
          tbtMs: rounded(numeric('total-blocking-time')),
          cls: rounded(numeric('cumulative-layout-shift'), 0.001),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          failing,
        });
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
      } finally {
        chrome.kill();
      }
    }
    const medianOf = (pick: (run: OneRun) => number | null) => {
      const values = runs.map(pick).filter((value): value is number => value !== null);
      return values.length > 0 ? median(values) : null;
    };
    results.push({
      path,
      preset,
      performance: medianOf((run) => run.performance),
      accessibility: medianOf((run) => run.accessibility),
      bestPractices: medianOf((run) => run.bestPractices),
      performanceRuns: runs.map((run) => run.performance),
      metrics: { fcpMs: medianOf((run) => run.fcpMs), lcpMs: medianOf((run) => run.lcpMs), tbtMs: medianOf((run) => run.tbtMs), cls: medianOf((run) => run.cls) },
      // An audit that failed in any run.
      failing: [...new Set(runs.flatMap((run) => run.failing))],
    });
  }
  return results;
}
