import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirError, listDataFolder, resolveDataDir } from '@/lib/data-dir';
import { APP_FIXTURE_DIR } from '@/tests/app-fixture';

describe('the data folder', () => {
  it('defaults to ./data and follows CHRONOLOGY_DATA_DIR', () => {
    expect(resolveDataDir({}, '/srv/app')).toBe(path.resolve('/srv/app/data'));
    expect(resolveDataDir({ CHRONOLOGY_DATA_DIR: 'mine' }, '/srv/app')).toBe(path.resolve('/srv/app/mine'));
    expect(resolveDataDir({ CHRONOLOGY_DATA_DIR: '  ' }, '/srv/app')).toBe(path.resolve('/srv/app/data'));
  });

  it('lists every digest and every statement of a folder', () => {
    const listing = listDataFolder(APP_FIXTURE_DIR);
    const filesOf = (folder: string) => fs.readdirSync(path.join(APP_FIXTURE_DIR, folder)).filter((name) => name.endsWith('.txt')).map((name) => `${folder}/${name}`).sort();
    expect(listing.digests.map((f) => f.relativePath)).toEqual(filesOf('digest'));
    expect(listing.statements.map((f) => f.relativePath).sort()).toEqual(filesOf('statements'));
    expect(listing.statements.length).toBeGreaterThan(0);
  });

  it('names a missing folder in its error', () => {
    const missing = path.join(os.tmpdir(), 'no-such-chronology-folder');
    expect(() => listDataFolder(missing)).toThrowError(DataDirError);
    expect(() => listDataFolder(missing)).toThrowError(missing);
  });

  it('names an empty folder in its error', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'chronology-empty-'));
    expect(() => listDataFolder(empty)).toThrowError(/no digest/);
    expect(() => listDataFolder(empty)).toThrowError(empty);
  });
});
