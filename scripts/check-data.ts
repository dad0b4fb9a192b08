// Runs before `next build`: reads the data folder and stops the build, naming the folder, when
// there is nothing to build from. (Parsing diagnostics are added here as the parsers land.)
import { DataDirError, listDataFolder } from '../lib/data-dir';

try {
  const listing = listDataFolder();
  console.log(
    `data: ${listing.dataDir}: ${listing.digests.length} digest file(s), ${listing.statements.length} statement file(s)`,
  );
} catch (error) {
  if (error instanceof DataDirError) {
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
