import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCompileHints, COMPILE_HINT } from '@/scripts/compile-hints.cjs';

let distDir: string;

function write(relative: string, text: string): void {
  const file = path.join(distDir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}
const read = (relative: string) => fs.readFileSync(path.join(distDir, relative), 'utf8');

beforeEach(() => {
  distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-hints-'));
});
afterEach(() => fs.rmSync(distDir, { recursive: true, force: true }));

describe('addCompileHints', () => {
  it('marks the chunks every page runs, and no other', () => {
    write('build-manifest.json', JSON.stringify({ rootMainFiles: ['static/chunks/runtime.js', 'static/chunks/react-dom.js', 'static/chunks/app.css'] }));
    write('static/chunks/runtime.js', '(()=>{"use strict";})();');
    write('static/chunks/react-dom.js', 'a();\n//# sourceMappingURL=react-dom.js.map');
    write('static/chunks/timeline.js', 'b();');
    write('static/chunks/app.css', 'body{}');

    expect(addCompileHints(distDir).sort()).toEqual(['static/chunks/react-dom.js', 'static/chunks/runtime.js']);
    expect(read('static/chunks/runtime.js')).toBe(`${COMPILE_HINT}\n(()=>{"use strict";})();`);
    expect(read('static/chunks/react-dom.js')).toBe(`${COMPILE_HINT}\na();\n//# sourceMappingURL=react-dom.js.map`);
    expect(read('static/chunks/timeline.js')).toBe('b();');
    expect(read('static/chunks/app.css')).toBe('body{}');
  });

  it('changes nothing the second time', () => {
    write('build-manifest.json', JSON.stringify({ rootMainFiles: ['static/chunks/runtime.js'] }));
    write('static/chunks/runtime.js', 'a();');
    addCompileHints(distDir);
    expect(addCompileHints(distDir)).toEqual([]);
    expect(read('static/chunks/runtime.js')).toBe(`${COMPILE_HINT}\na();`);
  });

  it('moves a source map down by the line it adds', () => {
    write('build-manifest.json', JSON.stringify({ rootMainFiles: ['static/chunks/a.js', 'static/chunks/b.js'] }));
    write('static/chunks/a.js', 'a();');
    write('static/chunks/a.js.map', JSON.stringify({ version: 3, sources: ['a.ts'], names: [], mappings: 'AAAA;AACA' }));
    write('static/chunks/b.js', 'b();');
    write('static/chunks/b.js.map', JSON.stringify({ version: 3, sections: [{ offset: { line: 0, column: 0 }, map: { version: 3, sources: [], names: [], mappings: '' } }] }));
    addCompileHints(distDir);
    expect(JSON.parse(read('static/chunks/a.js.map')).mappings).toBe(';AAAA;AACA');
    expect(JSON.parse(read('static/chunks/b.js.map')).sections[0].offset).toEqual({ line: 1, column: 0 });
  });

  it('fails the build, naming the manifest, when it cannot tell which chunks to mark', () => {
    expect(() => addCompileHints(distDir)).toThrow(/build-manifest\.json/);
    write('build-manifest.json', JSON.stringify({ pages: {} }));
    expect(() => addCompileHints(distDir)).toThrow(/lists no rootMainFiles/);
    write('build-manifest.json', '{ not json');
    expect(() => addCompileHints(distDir)).toThrow(/cannot read .*build-manifest\.json/);
  });

  it('fails when the manifest names a chunk that is not there', () => {
    write('build-manifest.json', JSON.stringify({ rootMainFiles: ['static/chunks/gone.js'] }));
    expect(() => addCompileHints(distDir)).toThrow(/gone\.js/);
  });
});
