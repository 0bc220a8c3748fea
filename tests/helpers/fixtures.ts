import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeContentHash } from '../../src/data/load.js';

const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const twoArticlesDir = join(fixturesDir, 'two-articles');

/**
 * A temporary copy of the two-article fixture with the files of `tests/fixtures/corrupt/<name>/`
 * laid over it. The manifest's hash is refreshed so that the only problems are the overlay's own.
 */
export function corruptedCopy(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `akhbar-${name}-`));
  cpSync(twoArticlesDir, dir, { recursive: true });
  cpSync(join(fixturesDir, 'corrupt', name), dir, { recursive: true });
  refreshHash(dir);
  return dir;
}

/** A temporary copy of `from` (the real dataset, say) to edit in a test. */
export function copyOf(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'akhbar-copy-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Rewrites `dir/manifest.json` with the hash of what is in `dir` now. */
export function refreshHash(dir: string): void {
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { contentHash: string };
  manifest.contentHash = computeContentHash(dir);
  writeFileSync(path, JSON.stringify(manifest, null, 2));
}
