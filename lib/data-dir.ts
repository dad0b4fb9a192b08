import fs from 'node:fs';
import path from 'node:path';

/** The folder layout every data folder follows; see README "Data folder". */
export const DIGEST_SUBDIR = 'digest';
export const STATEMENTS_SUBDIR = 'statements';

/**
 * The largest source file read. The biggest real digest is a few hundred KB; 64 MB is a
 * 100,000-entry chronology with room to spare, and keeps a mistaken file from exhausting memory.
 */
export const MAX_SOURCE_BYTES = 64 * 1024 * 1024;

export class DataDirError extends Error {
  override name = 'DataDirError';
}

/** A source file of the chronology, read as UTF-8 text. */
export interface SourceFile {
  /** Path relative to the data folder, with forward slashes (for messages and for tracing). */
  relativePath: string;
  absolutePath: string;
}

// The folder is the user's choice at run time, so the bundler must not try to trace it
// (`turbopackIgnore` below): it would pull the whole project into the server output.

/**
 * The data folder: `CHRONOLOGY_DATA_DIR` when set, else `./data` under the working directory.
 * Read by the build, the server and the CLI alike so that all three see the same chronology.
 */
export function resolveDataDir(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): string {
  const configured = env.CHRONOLOGY_DATA_DIR?.trim();
  return path.resolve(cwd, configured && configured.length > 0 ? configured : 'data');
}

function listTextFiles(dataDir: string, subdir: string): SourceFile[] {
  const folder = path.join(dataDir, subdir);
  if (!fs.existsSync(/* turbopackIgnore: true */ folder)) return [];
  if (!fs.statSync(/* turbopackIgnore: true */ folder).isDirectory()) {
    throw new DataDirError(`${folder} is not a folder (expected ${subdir}/*.txt inside the data folder)`);
  }
  return fs
    .readdirSync(/* turbopackIgnore: true */ folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      relativePath: `${subdir}/${name}`,
      absolutePath: path.join(folder, name),
    }));
}

export interface DataFolderListing {
  dataDir: string;
  digests: SourceFile[];
  statements: SourceFile[];
  /** The editor's milestones (MILESTONES_FILE at the folder's root), or null when there is none. */
  milestones: SourceFile | null;
}

/** The editor's list of milestones, at the root of the data folder (lib/chronology/milestones.ts). */
export const MILESTONES_FILE = 'milestones.txt';

/**
 * Lists the digest and statement files of a data folder. A missing folder, or one with no
 * digest, is an error naming the folder: the app has nothing to show without a digest.
 */
export function listDataFolder(dataDir: string = resolveDataDir()): DataFolderListing {
  if (!fs.existsSync(/* turbopackIgnore: true */ dataDir)) {
    throw new DataDirError(
      `data folder not found: ${dataDir} (set CHRONOLOGY_DATA_DIR to a folder holding ${DIGEST_SUBDIR}/*.txt and ${STATEMENTS_SUBDIR}/*.txt)`,
    );
  }
  if (!fs.statSync(/* turbopackIgnore: true */ dataDir).isDirectory()) {
    throw new DataDirError(`data folder is not a folder: ${dataDir}`);
  }
  const digests = listTextFiles(dataDir, DIGEST_SUBDIR);
  const statements = listTextFiles(dataDir, STATEMENTS_SUBDIR);
  if (digests.length === 0) {
    throw new DataDirError(`data folder has no digest: expected at least one ${DIGEST_SUBDIR}/*.txt in ${dataDir}`);
  }
  const milestonesPath = path.join(dataDir, MILESTONES_FILE);
  const milestones = fs.existsSync(/* turbopackIgnore: true */ milestonesPath) ? { relativePath: MILESTONES_FILE, absolutePath: milestonesPath } : null;
  return { dataDir, digests, statements, milestones };
}
