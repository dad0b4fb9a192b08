// GET /api/export against a running app: for each format, the time to the first byte and to the
// end of the file, the file's size, and the server's resident memory while it streams. The
// server's process is the one listening on the app's port (found through /proc/net/tcp and the
// processes' open sockets); its VmRSS is read from /proc/PID/status every few milliseconds while
// the export runs, so the peak is what the export added on top of the server at rest.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { median, progress, QUICK } from './stats';

const FORMATS = ['csv', 'json', 'csljson', 'ris', 'bibtex'] as const;

export interface ExportRun {
  format: string;
  /** Request sent → first byte of the body (median of the runs), ms. */
  firstByteMs: number;
  /** Request sent → last byte (median), ms. */
  totalMs: number;
  /** The file as the reader saves it (decoded), bytes. */
  bytes: number;
  /** The server's resident memory before the first run, and its highest while exporting, MB. */
  rssBeforeMB: number | null;
  peakRssMB: number | null;
}

export interface ExportFigures {
  entries: number;
  runs: number;
  formats: ExportRun[];
}

const mb = (kb: number | null) => (kb === null ? null : Math.round(kb / 102.4) / 10);

/** The process listening on a TCP port on this machine (Linux /proc), or null. */
function listenerPid(port: number): number | null {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const columns = line.trim().split(/\s+/);
      // local_address is HEXIP:HEXPORT, st 0A is LISTEN, the inode is the 10th column.
      if (columns[1]?.endsWith(`:${hexPort}`) && columns[3] === '0A' && columns[9]) inodes.add(`socket:[${columns[9]}]`);
    }
  }
  if (inodes.size === 0) return null;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      for (const fd of fs.readdirSync(`/proc/${entry}/fd`)) {
        if (inodes.has(fs.readlinkSync(`/proc/${entry}/fd/${fd}`))) return Number(entry);
      }
    } catch {
      // a process that ended, or one we may not read
    }
  }
  return null;
}

/** A field of /proc/PID/status in kB (VmRSS, VmHWM), or null. */
function statusKB(pid: number | null, field: 'VmRSS' | 'VmHWM'): number | null {
  if (pid === null) return null;
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Samples a process's VmRSS until stopped; the highest value seen, in kB. */
function sampleRss(pid: number | null): () => number | null {
  let peak = statusKB(pid, 'VmRSS');
  const timer = setInterval(() => {
    const now = statusKB(pid, 'VmRSS');
    if (now !== null && (peak === null || now > peak)) peak = now;
  }, 5);
  return () => {
    clearInterval(timer);
    const now = statusKB(pid, 'VmRSS');
    return now !== null && (peak === null || now > peak) ? now : peak;
  };
}

/** One download, read to the end as a browser would save it. */
async function download(url: string): Promise<{ firstByteMs: number; totalMs: number; bytes: number }> {
  const start = performance.now();
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: ${response.status}`);
  let firstByteMs = -1;
  let bytes = 0;
  for await (const chunk of response.body) {
    if (firstByteMs < 0) firstByteMs = performance.now() - start;
    bytes += (chunk as Uint8Array).byteLength;
  }
  return { firstByteMs, totalMs: performance.now() - start, bytes };
}

/** Every format of GET /api/export with no filter (every entry), a few runs each. */
export async function benchExport(origin: string, entries: number): Promise<ExportFigures> {
  const pid = listenerPid(Number(new URL(origin).port));
  const runs = QUICK ? 1 : 5;
  const formats: ExportRun[] = [];
  for (const format of FORMATS) {
    progress(`export ${format}: ${entries} entries, ${runs} runs`);
    const url = `${origin}/api/export?format=${format}`;
    await download(url); // the first request of a format warms the route and the filtered entries
    const rssBefore = statusKB(pid, 'VmRSS');
    const stop = sampleRss(pid);
    const results = [];
    for (let run = 0; run < runs; run += 1) results.push(await download(url));
    const peak = stop();
    formats.push({
      format,
      firstByteMs: Math.round(median(results.map((r) => r.firstByteMs))),
      totalMs: Math.round(median(results.map((r) => r.totalMs))),
      bytes: results[0]?.bytes ?? 0,
      rssBeforeMB: mb(rssBefore),
      peakRssMB: mb(peak),
    });
  }
  return { entries, runs, formats };
}

export interface ExportStreamFigures {
  entries: number;
  /** The CSV file, bytes. */
  bytes: number;
  totalMs: number;
  firstByteMs: number;
  rssBeforeMB: number | null;
  peakRssMB: number | null;
  /** The peak over the resting server: what the export cost in memory. */
  growthMB: number | null;
  /** The server's highest resident memory since it started (VmHWM), after the export. */
  hwmMB: number | null;
}

/**
 * The stretch: every entry of a large chronology as CSV, once, read to the end while the server's
 * memory is sampled. A server that held the whole file would grow by at least its size.
 */
export async function benchExportStream(origin: string, entries: number): Promise<ExportStreamFigures> {
  const pid = listenerPid(Number(new URL(origin).port));
  progress(`export csv: ${entries} entries, streamed`);
  // Warm the filtered entries (cached per filter) with a small export of the same filter's count.
  await download(`${origin}/api/export?format=csv&kind=statement`);
  const rssBefore = statusKB(pid, 'VmRSS');
  const stop = sampleRss(pid);
  const result = await download(`${origin}/api/export?format=csv`);
  const peak = stop();
  return {
    entries,
    bytes: result.bytes,
    totalMs: Math.round(result.totalMs),
    firstByteMs: Math.round(result.firstByteMs),
    rssBeforeMB: mb(rssBefore),
    peakRssMB: mb(peak),
    growthMB: rssBefore !== null && peak !== null ? mb(peak - rssBefore) : null,
    hwmMB: mb(statusKB(pid, 'VmHWM')),
  };
}

const cell = (value: number | null) => (value === null ? '–' : value.toLocaleString('en'));
const fileMB = (bytes: number) => Math.round(bytes / 104857.6) / 10;

/** The BENCHMARKS.md section: the 10,000-entry table and the 100,000-entry stream. */
export function exportMarkdown(tenK: ExportFigures | string, stream: ExportStreamFigures | string): string {
  const table =
    typeof tenK === 'string'
      ? tenK
      : `${tenK.entries.toLocaleString('en')} entries (the 10,000-event build), every entry, no filter; medians of ${tenK.runs} runs
after one warm-up request per format, over loopback (gzip as \`fetch\` asks for it, the size is the file saved).

| format | first byte (ms) | whole file (ms) | file (MB) | server RSS before (MB) | server RSS peak (MB) |
| --- | ---: | ---: | ---: | ---: | ---: |
${tenK.formats.map((f) => `| ${f.format} | ${cell(f.firstByteMs)} | ${cell(f.totalMs)} | ${fileMB(f.bytes)} | ${cell(f.rssBeforeMB)} | ${cell(f.peakRssMB)} |`).join('\n')}`;
  const streamText =
    typeof stream === 'string'
      ? `100,000 entries: ${stream}`
      : `${stream.entries.toLocaleString('en')} entries as CSV (the 100,000-event build), once: a ${fileMB(stream.bytes)} MB file, first byte
after ${cell(stream.firstByteMs)} ms, the whole in ${cell(stream.totalMs)} ms. The server's RSS went from ${cell(stream.rssBeforeMB)} MB to a peak of
${cell(stream.peakRssMB)} MB while it streamed: **${cell(stream.growthMB)} MB** of growth for a ${fileMB(stream.bytes)} MB file (holding the file as a JS string
would take about twice its UTF-8 size for the Japanese text). The server's highest RSS since it started
(VmHWM, the data parsed and the explorer's items built included): ${cell(stream.hwmMB)} MB.`;
  return `## Export

\`GET /api/export\` streams its body (\`lib/export/stream.ts\`: 500 records written per pull, only
when the reader asks). Memory is the resident set (VmRSS) of the \`next-server\` process, the one
listening on the app's port (found through \`/proc/net/tcp\` and the processes' sockets), read
from \`/proc/PID/status\` every 5 ms while the downloads run (\`scripts/bench/export.ts\`).

${table}

${streamText}`;
}
