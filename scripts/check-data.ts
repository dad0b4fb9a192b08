// Runs before `next build`: parses the whole data folder and prints every diagnostic as
// FILE:LINE:COL. Errors stop the build (exit 1); warnings are printed and the build goes on.
import { formatFileDiagnostic, loadChronology } from '../lib/chronology/load';
import { DataDirError } from '../lib/data-dir';

try {
  const chronology = loadChronology();
  for (const d of chronology.diagnostics) {
    const line = `${formatFileDiagnostic(d)}\n    ${d.excerpt}`;
    if (d.severity === 'error') console.error(line);
    else console.warn(line);
  }
  const errors = chronology.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = chronology.diagnostics.length - errors;
  const summary = `data: ${chronology.dataDir}: ${chronology.events.length} events, ${chronology.statements.length} statements, ${errors} error(s), ${warnings} warning(s)`;
  if (errors > 0) {
    console.error(`${summary}\nThe build stops: fix the errors above in the data files (the parser never guesses past an error).`);
    process.exit(1);
  }
  console.log(summary);
} catch (error) {
  if (error instanceof DataDirError) {
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
  console.error(`error: cannot read the data folder: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
