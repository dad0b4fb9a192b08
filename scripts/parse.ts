// The parsers on the command line:
//   npm run --silent parse -- digest FILE [--format json|text]
//   npm run --silent parse -- statement FILE [--format json|text]
//   npm run --silent parse -- data [DIR] [--format json|text]   the whole data folder
//                                          (DIR, else CHRONOLOGY_DATA_DIR, else ./data)
// JSON on stdout by default. Exit 0: no error; 1: the input has errors; 2: unreadable file or
// folder, or bad usage (a message on stderr, never a stack trace).
import fs from 'node:fs';
import { loadChronology, type FileDiagnostic } from '../lib/chronology/load';
import { DataDirError, MAX_SOURCE_BYTES, resolveDataDir } from '../lib/data-dir';
import type { Diagnostic } from '../lib/parser/diagnostics';
import { parseDigest } from '../lib/parser/digest';
import { parseStatement } from '../lib/parser/statement';
import { fileTextReport, formatFileDiagnostic } from '../lib/parser/text-report';

const USAGE = 'usage: parse digest FILE | statement FILE | data [DIR]  [--format json|text]';

function fail(message: string): never {
  process.stderr.write(`parse: ${message}\n`);
  process.exit(2);
}

type Command = { kind: 'digest' | 'statement'; file: string; format: 'json' | 'text' } | { kind: 'data'; file: string | undefined; format: 'json' | 'text' };

function parseArgs(argv: string[]): Command {
  const positional: string[] = [];
  let format: 'json' | 'text' = 'json';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--format') {
      const value = argv[++i];
      if (value !== 'json' && value !== 'text') fail(`--format takes json or text\n${USAGE}`);
      format = value;
    } else if (arg.startsWith('--format=')) {
      const value = arg.slice('--format='.length);
      if (value !== 'json' && value !== 'text') fail(`--format takes json or text\n${USAGE}`);
      format = value;
    } else if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith('-') && arg !== '-') {
      fail(`unknown option ${arg}\n${USAGE}`);
    } else {
      positional.push(arg);
    }
  }
  const [kind, file, ...extra] = positional;
  if (extra.length > 0) fail(USAGE);
  if (kind === 'data') return { kind, file, format };
  if ((kind !== 'digest' && kind !== 'statement') || !file) fail(USAGE);
  return { kind, file, format };
}

function readText(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    fail(`${file}: no such file`);
  }
  if (stat.isDirectory()) fail(`${file}: is a folder, not a file`);
  if (stat.size > MAX_SOURCE_BYTES) fail(`${file}: ${stat.size} bytes is more than the ${MAX_SOURCE_BYTES}-byte limit`);
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    fail(`${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** The whole data folder: what the build checks before it builds. */
function parseDataFolder(dir: string | undefined, format: 'json' | 'text'): void {
  let chronology;
  try {
    chronology = loadChronology(dir ? resolveDataDir({ CHRONOLOGY_DATA_DIR: dir }) : resolveDataDir());
  } catch (error) {
    if (error instanceof DataDirError) fail(error.message);
    throw error;
  }
  const { diagnostics } = chronology;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (format === 'json') {
    const { dataDir, events, statements } = chronology;
    process.stdout.write(`${JSON.stringify({ dataDir, events, statements, diagnostics }, null, 2)}\n`);
  } else {
    const lines = diagnostics.map((d: FileDiagnostic) => `${formatFileDiagnostic(d)}\n    ${d.excerpt}\n`).join('');
    process.stdout.write(
      `${lines}data: ${chronology.dataDir}: ${chronology.events.length} events, ${chronology.statements.length} statements, ${errors} error(s), ${diagnostics.length - errors} warning(s)\n`,
    );
  }
  process.exitCode = errors > 0 ? 1 : 0;
}

function main(): void {
  const command = parseArgs(process.argv.slice(2));
  if (command.kind === 'data') return parseDataFolder(command.file, command.format);
  const { kind, file, format } = command;
  const text = readText(file);
  let diagnostics: Diagnostic[];
  if (kind === 'digest') {
    const result = parseDigest(text);
    diagnostics = result.diagnostics;
    if (format === 'json') process.stdout.write(`${JSON.stringify({ events: result.events, diagnostics }, null, 2)}\n`);
    else process.stdout.write(fileTextReport(file, { kind, events: result.events }, diagnostics));
  } else {
    const result = parseStatement(text);
    diagnostics = result.diagnostics;
    if (format === 'json') process.stdout.write(`${JSON.stringify({ statement: result.statement, diagnostics }, null, 2)}\n`);
    else process.stdout.write(fileTextReport(file, { kind, statement: result.statement }, diagnostics));
  }
  process.exitCode = diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

// `parse … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  main();
} catch (error) {
  // A parser never throws on bad input; reaching here is a bug. Say so without a stack trace.
  fail(`internal error: ${error instanceof Error ? error.message : String(error)}`);
}
