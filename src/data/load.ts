/**
 * The one loader of `data/`: reads every table, validates each record (zod) and the whole
 * (validate.ts), checks the manifest's content hash, and builds the indexed, frozen Dataset.
 * It reports every problem at once and never returns a partial dataset.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { projectRoot } from '../paths.js';
import { buildDataset, type Dataset } from './dataset.js';
import { DatasetError, type Problem } from './problems.js';
import { manifest as manifestSchema, tables, type ManifestRecord, type TableName, type Tables } from './records.js';
import { validateDataset } from './validate.js';

/** The dataset shipped with the code. */
export const defaultDataDir = join(projectRoot, 'data');

/** The files whose bytes make up the content hash: every table, then every source text. */
export function contentFiles(dir: string): string[] {
  const sourcesDir = join(dir, 'sources');
  const sources = existsSync(sourcesDir) ? readdirSync(sourcesDir).filter((f) => f.endsWith('.txt')).sort() : [];
  return [...Object.keys(tables).sort().map((t) => `${t}.json`), ...sources.map((f) => `sources/${f}`)];
}

/**
 * The dataset version: SHA-256 over each content file's name and bytes, in a fixed order,
 * written as `sha256-<hex>`. `npm run data:hash` writes it into `manifest.json`.
 */
export function computeContentHash(dir: string): string {
  const hash = createHash('sha256');
  for (const f of contentFiles(dir)) {
    const path = join(dir, f);
    hash.update(`${f}\0`);
    if (existsSync(path)) hash.update(readFileSync(path));
    hash.update('\0');
  }
  return `sha256-${hash.digest('hex')}`;
}

/** Zod issue paths as `[3].participants[0].actorId`. */
function issuePath(index: number | null, path: readonly PropertyKey[]): string {
  const head = index === null ? '' : `[${index}]`;
  return path.reduce<string>((p, k) => (typeof k === 'number' ? `${p}[${k}]` : `${p}${p ? '.' : ''}${String(k)}`), head) || '(file)';
}

function readJson(dir: string, file: string, problems: Problem[]): unknown {
  const path = join(dir, file);
  if (!existsSync(path)) {
    problems.push({ file, path: '(file)', message: 'file is missing' });
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push({ file, path: '(file)', message: `malformed JSON: ${(e as Error).message}` });
    return undefined;
  }
}

/** Reads and checks `data/` (or `dir`), returning problems instead of throwing. */
export function checkDataset(dir: string = defaultDataDir): { dataset?: Dataset; problems: Problem[] } {
  const problems: Problem[] = [];
  const parsed: Partial<Record<TableName, unknown[]>> = {};
  /** Ids of records refused by their schema: references to them are not reported twice. */
  const unparsed = new Set<string>();

  for (const name of Object.keys(tables) as TableName[]) {
    const file = `${name}.json`;
    const raw = readJson(dir, file, problems);
    if (raw === undefined) continue;
    if (!Array.isArray(raw)) {
      problems.push({ file, path: '(file)', message: 'expected a JSON array of records' });
      continue;
    }
    const schema: z.ZodType = tables[name];
    parsed[name] = raw.flatMap((record: unknown, i) => {
      const result = schema.safeParse(record);
      if (result.success) return [result.data];
      const id = typeof (record as { id?: unknown })?.id === 'string' ? (record as { id: string }).id : undefined;
      if (id) unparsed.add(id);
      for (const issue of result.error.issues)
        problems.push({ file, ...(id ? { id } : {}), path: issuePath(i, issue.path), message: issue.message });
      return [];
    });
  }

  let manifest: ManifestRecord | undefined;
  const rawManifest = readJson(dir, 'manifest.json', problems);
  if (rawManifest !== undefined) {
    const result = manifestSchema.safeParse(rawManifest);
    if (result.success) manifest = result.data;
    else for (const issue of result.error.issues)
      problems.push({ file: 'manifest.json', path: issuePath(null, issue.path), message: issue.message });
  }
  const version = computeContentHash(dir);
  if (manifest && manifest.contentHash !== version)
    problems.push({
      file: 'manifest.json', path: 'contentHash',
      message: `stale content hash: data/ hashes to ${version}; run \`npm run data:hash\` after editing data`,
    });

  // Whole-dataset rules need every table; with a file unreadable they would only add noise.
  if (Object.keys(parsed).length < Object.keys(tables).length) return { problems };
  const all = parsed as Tables;
  const sourcesDir = join(dir, 'sources');
  const sources = new Map<string, string>();
  for (const a of all.articles) {
    const path = join(sourcesDir, `${a.slug}.txt`);
    if (existsSync(path)) sources.set(a.slug, readFileSync(path, 'utf8'));
  }
  problems.push(...validateDataset(all, sources, unparsed));
  if (problems.length > 0 || manifest === undefined) return { problems };
  return { dataset: buildDataset(all, manifest, version), problems };
}

/** Loads `data/` (or `dir`); throws a DatasetError listing every problem when it is invalid. */
export function loadDataset(dir: string = defaultDataDir): Dataset {
  const { dataset, problems } = checkDataset(dir);
  if (!dataset) throw new DatasetError(problems);
  return dataset;
}
