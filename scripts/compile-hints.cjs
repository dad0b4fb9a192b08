// Marks the client chunks that every page runs as it loads (the bundler's runtime, React DOM,
// Next's router and the entry that hydrates) with V8's explicit compile hint,
// `//# allFunctionsCalledOnLoad`. Without it Chromium compiles each of their functions lazily,
// on the main thread, the first time it is called: most of React DOM in one task as the page
// hydrates, the longest task of an event or a statement page on a phone. With it, Chromium
// (136 and later) compiles them on the thread that streams the script in, while it downloads.
// Other browsers ignore the comment. Next 16 has no option for it, so the build adds it after
// the bundler has written the chunks (next.config.js, compiler.runAfterProductionCompile).
//
// Only those chunks: a hint on code that is not run at load (the timeline, the playground)
// would compile what may never be called. CommonJS because next.config.js requires it.
const fs = require('node:fs');
const path = require('node:path');

const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The chunks every page loads before it hydrates, as the build manifest lists them. */
function chunksEveryPageRuns(distDir) {
  const manifestPath = path.join(distDir, 'build-manifest.json');
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    throw new Error(`compile hints: cannot read ${manifestPath} (${error instanceof Error ? error.message : String(error)})`);
  }
  const files = manifest && Array.isArray(manifest.rootMainFiles) ? manifest.rootMainFiles : [];
  const scripts = files.filter((file) => typeof file === 'string' && file.endsWith('.js'));
  // A Next upgrade that renames the list would leave every page without the hint, silently.
  if (scripts.length === 0) throw new Error(`compile hints: ${manifestPath} lists no rootMainFiles`);
  return scripts;
}

/**
 * Adds the hint as the first line of one chunk. A source map beside it gains an empty first
 * line too (a leading `;` in its mappings), so its positions still point at the right code.
 * Returns false when the chunk already starts with the hint (a second run changes nothing).
 */
function addCompileHint(file) {
  const source = fs.readFileSync(file, 'utf8');
  if (source.startsWith(`${COMPILE_HINT}\n`)) return false;
  fs.writeFileSync(file, `${COMPILE_HINT}\n${source}`);
  const mapFile = `${file}.map`;
  if (fs.existsSync(mapFile)) {
    const map = JSON.parse(fs.readFileSync(mapFile, 'utf8'));
    if (typeof map.mappings === 'string') map.mappings = `;${map.mappings}`;
    else if (Array.isArray(map.sections)) for (const section of map.sections) section.offset.line += 1;
    fs.writeFileSync(mapFile, JSON.stringify(map));
  }
  return true;
}

/** Adds the hint to every chunk that every page runs; returns the chunks it changed, relative to distDir. */
function addCompileHints(distDir) {
  return chunksEveryPageRuns(distDir).filter((file) => addCompileHint(path.join(distDir, file)));
}

module.exports = { COMPILE_HINT, addCompileHints };
