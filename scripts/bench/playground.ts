// The playground (/playground) in Chromium: a generated digest is dropped on the page, and the
// time from the drop to every entry counted and the table shown is taken, with the longest task
// the page's main thread ran meanwhile (a PerformanceObserver of long tasks, registered before
// the page loads), and the time a key typed into the editor takes to appear once it holds the text.
import { generateDigest } from '../../lib/generate/digest';
import { median, progress, QUICK } from './stats';
import { launchChromium } from './timeline';

export interface PlaygroundRun {
  entries: number;
  megabytes: number;
  runs: number;
  /** Drop → the count of every entry and the table on the page (median), ms. */
  listedMs: number;
  /** The longest main-thread task from the drop until two seconds after the listing (the worst run), ms. */
  longestTaskMs: number;
  /** A key typed into the editor holding the text → the character in the editor (median), ms. */
  keystrokeMs: number;
}

interface Window {
  __longTasks: number[];
}

async function runOnce(origin: string, text: string, entries: number): Promise<{ listedMs: number; longestTaskMs: number; keystrokeMs: number }> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(() => {
      const tasks: number[] = [];
      (window as unknown as Window).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${origin}/playground`, { waitUntil: 'networkidle' });
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'digest.txt', { type: 'text/plain' }));
      return data;
    }, text);
    const dropped = await page.evaluate(() => {
      (window as unknown as Window).__longTasks.length = 0;
      return performance.now();
    });
    await page.dispatchEvent('h1', 'drop', { dataTransfer: transfer });
    await page.getByTestId('entry-count').filter({ hasText: `出来事 ${entries}件` }).waitFor({ timeout: 120_000 });
    await page.getByRole('table').waitFor();
    const listedMs = (await page.evaluate(() => performance.now())) - dropped;
    await page.waitForTimeout(2000);
    const longestTaskMs = await page.evaluate(() => Math.max(0, ...(window as unknown as Window).__longTasks));
    const editor = page.getByRole('textbox', { name: '解析するテキスト' });
    await editor.click();
    const keystrokeMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const content = document.querySelector('.cm-content');
          const started = performance.now();
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - started));
          });
          if (content) observer.observe(content, { characterData: true, childList: true, subtree: true });
          document.execCommand('insertText', false, 'あ');
        }),
    );
    return { listedMs, longestTaskMs, keystrokeMs };
  } finally {
    await browser.close();
  }
}

/** A 1 MB digest (3,000 entries) and a 10 MB one (30,000), as `npm run generate` makes them. */
export async function benchPlayground(origin: string): Promise<PlaygroundRun[]> {
  const figures: PlaygroundRun[] = [];
  for (const entries of [3_000, 30_000]) {
    const { text } = generateDigest(entries, 42);
    const runs = QUICK || entries > 3_000 ? 1 : 3;
    const results = [];
    for (let i = 0; i < runs; i++) {
      progress(`playground: ${entries} entries, run ${i + 1}/${runs}`);
      results.push(await runOnce(origin, text, entries));
    }
    figures.push({
      entries,
      megabytes: Math.round(Buffer.byteLength(text) / 1e4) / 100,
      runs,
      listedMs: Math.round(median(results.map((r) => r.listedMs))),
      longestTaskMs: Math.round(Math.max(...results.map((r) => r.longestTaskMs))),
      keystrokeMs: Math.round(median(results.map((r) => r.keystrokeMs))),
    });
  }
  return figures;
}

/** The section of docs/BENCHMARKS.md. */
export function playgroundMarkdown(figures: readonly PlaygroundRun[] | string): string {
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const body =
    typeof figures === 'string'
      ? figures
      : `| entries | MB | runs | drop → every entry listed (ms) | longest main-thread task (ms) | keystroke in the editor (ms) | targets (1 MB) |
| ---: | ---: | ---: | ---: | ---: | ---: | --- |
${figures
  .map(
    (f) =>
      `| ${f.entries.toLocaleString('en')} | ${f.megabytes} | ${f.runs} | ${f.listedMs} | ${f.longestTaskMs} | ${f.keystrokeMs} | ${
        f.entries === 3_000 ? `listed ≤ 3,000 ms ${mark(f.listedMs <= 3000)}, tasks ≤ 200 ms ${mark(f.longestTaskMs <= 200)}` : '–'
      } |`,
  )
  .join('\n')}`;
  return `## Playground

A generated digest (\`lib/generate/digest.ts\`, seed 42) dropped on \`/playground\` of the bundled
build, in a fresh Chromium each run (\`scripts/bench/playground.ts\`): the time from the drop to the
count of every entry and the table on the page; the longest task of the page's main thread from
the drop until two seconds after (long tasks, by a \`PerformanceObserver\`), the parse itself
running in the worker; and a character typed into the editor once it holds the whole text, to
the frame after it appears.

${body}
`;
}
