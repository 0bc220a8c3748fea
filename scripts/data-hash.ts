/**
 * Writes the content hash of `data/` (and the time) into `data/manifest.json`. Run it after
 * editing the dataset; the loader refuses a manifest whose hash is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeContentHash, defaultDataDir } from '../src/data/load.js';

const dir = process.argv[2] ?? defaultDataDir;
const path = join(dir, 'manifest.json');
const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const contentHash = computeContentHash(dir);
if (manifest.contentHash === contentHash) console.log(`manifest.json is up to date (${contentHash})`);
else {
  manifest.contentHash = contentHash;
  manifest.generatedAt = new Date().toISOString();
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`manifest.json: contentHash ${contentHash}`);
}
