/**
 * The compiled snapshot (src/data/snapshot.ts) is what the server serves: every answer from it
 * must equal the answer from the JSON it was compiled from, and a snapshot that is stale or
 * damaged must never be served.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import type { Dataset } from '../src/data/dataset.js';
import { defaultDataDir, loadDataset } from '../src/data/load.js';
import { compileSnapshot, openDataset, readSnapshot, SnapshotError, snapshotIsFresh, snapshotPath } from '../src/data/snapshot.js';
import { projectRoot } from '../src/paths.js';
import { synthesize } from '../scripts/synth.js';

const scratch = mkdtempSync(join(tmpdir(), 'akhbar-snapshot-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of a dataset folder (without any snapshot in it), compiled into its snapshot. */
function compiledCopy(from: string, name: string): string {
  const dir = join(scratch, name);
  cpSync(from, dir, { recursive: true, filter: (src) => !src.endsWith('.snapshot') });
  compileSnapshot(dir);
  return dir;
}

const operations = readdirSync(join(projectRoot, 'schema', 'operations'))
  .map((f) => readFileSync(join(projectRoot, 'schema', 'operations', f), 'utf8'));

/** Every operation of schema/operations, with each of the given slugs, and a few searches; each answer as JSON. */
async function answers(dataset: Dataset, slugs: readonly string[]): Promise<string[]> {
  const app = createApp({ dataset, limits: { maxCost: 100_000_000 } });
  const out: string[] = [];
  const run = async (query: string, variables: Record<string, unknown>) => {
    const response = await app.fetch('http://akhbar.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    out.push(await response.text());
  };
  for (const query of operations)
    for (const slug of slugs)
      for (const language of ['AR', 'EN']) await run(query, { slug, language, query: 'بوتين', first: 100 });
  for (const q of ['بناء', 'الكرملين', 'Putin', 'talks', 'روسيا أوكرانيا']) await run(operations.find((o) => o.includes('query Search'))!, { query: q, first: 100 });
  return out;
}

/** The slugs of every record kind an operation looks up by slug. */
const slugsOf = (d: Dataset, each = 1) => [
  ...d.articles.all, ...d.actors.all, ...d.events.all,
].filter((_, i) => i % each === 0).map((r) => r.slug);

describe('the snapshot round-trips', () => {
  it('answers every operation over the real data exactly as the JSON does', async () => {
    const dir = compiledCopy(defaultDataDir, 'real');
    const fromJson = loadDataset(dir);
    const fromSnapshot = readSnapshot(snapshotPath(dir), dir);
    expect(fromSnapshot.version).toBe(fromJson.version);
    const slugs = slugsOf(fromJson);
    const expected = await answers(fromJson, slugs);
    // Not a comparison of error messages: most answers are real ones.
    expect(expected.filter((a) => !a.includes('"errors"')).length).toBeGreaterThan(expected.length / 3);
    expect(await answers(fromSnapshot, slugs)).toEqual(expected);
  }, 120_000);

  it('answers a synthetic corpus of 60 articles exactly as the JSON does', async () => {
    const dir = synthesize({ articles: 60, out: join(scratch, 'synthetic') });
    compileSnapshot(dir);
    const fromJson = loadDataset(dir);
    const fromSnapshot = readSnapshot(snapshotPath(dir), dir);
    const slugs = slugsOf(fromJson, 17);
    expect(await answers(fromSnapshot, slugs)).toEqual(await answers(fromJson, slugs));
    expect(fromSnapshot.searchData.postings).toEqual(fromJson.searchData.postings);
  }, 120_000);
});

describe('a snapshot that does not match its data is refused', () => {
  const dir = compiledCopy(defaultDataDir, 'refused');
  const path = snapshotPath(dir);
  const pristine = readFileSync(path);
  const restore = () => writeFileSync(path, pristine);

  it('refuses a stale snapshot, naming both content hashes', () => {
    const file = join(dir, 'quotes.json');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, before.replace('"ar"', '"ar" ')); // same records, other bytes: another version
    try {
      expect(snapshotIsFresh(dir)).toBe(false);
      expect(() => readSnapshot(path, dir)).toThrow(SnapshotError);
      expect(() => readSnapshot(path, dir)).toThrow(/is stale: it was compiled from data hashing to sha256-[0-9a-f]{64}, but .* now hashes to sha256-/);
    } finally {
      writeFileSync(file, before);
    }
  });

  it('serves a touched but unchanged file (its content hash still matches)', () => {
    const file = join(dir, 'events.json');
    const { atime } = statSync(file);
    utimesSync(file, atime, new Date(Date.now() + 60_000));
    expect(snapshotIsFresh(dir)).toBe(true);
    expect(readSnapshot(path, dir).version).toBe(loadDataset(dir).version);
  });

  it('refuses a damaged snapshot: a changed byte, a truncated file, another file', () => {
    try {
      const flipped = Buffer.from(pristine);
      flipped[flipped.length - 3]! ^= 0xff;
      writeFileSync(path, flipped);
      expect(() => readSnapshot(path, dir)).toThrow(/is damaged: its checksum does not match its contents/);
      writeFileSync(path, pristine.subarray(0, pristine.length - 100));
      expect(() => readSnapshot(path, dir)).toThrow(/is damaged: it is shorter than its header says/);
      writeFileSync(path, pristine.subarray(0, 10));
      expect(() => readSnapshot(path, dir)).toThrow(/not an Akhbar snapshot/);
      writeFileSync(path, '[]');
      expect(() => readSnapshot(path, dir)).toThrow(/not an Akhbar snapshot/);
    } finally {
      restore();
    }
  });

  it('the server compiles the data again, saying why, rather than serve a bad snapshot', () => {
    try {
      writeFileSync(path, pristine.subarray(0, 40));
      const said: string[] = [];
      const dataset = openDataset(dir, (line) => said.push(line));
      expect(said).toEqual([expect.stringMatching(/^snapshot .* is damaged: .*: validating .* and compiling it again$/)]);
      expect(dataset.version).toBe(loadDataset(dir).version);
      // ...and writes a good one, which the next start serves without a word.
      const again: string[] = [];
      expect(openDataset(dir, (line) => again.push(line)).version).toBe(dataset.version);
      expect(again).toEqual([]);
    } finally {
      restore();
    }
  });

  it('refuses to compile invalid data, listing its problems, and writes nothing', () => {
    const bad = join(scratch, 'bad');
    cpSync(defaultDataDir, bad, { recursive: true, filter: (src) => !src.endsWith('.snapshot') });
    writeFileSync(join(bad, 'quotes.json'), '{');
    expect(() => openDataset(bad, () => undefined)).toThrow(/quotes\.json.*malformed JSON/s);
    expect(() => statSync(snapshotPath(bad))).toThrow();
  });

  it('never reads a missing snapshot as an empty one', () => {
    expect(() => readSnapshot(join(scratch, 'nowhere', 'akhbar.snapshot'))).toThrow(/does not exist/);
  });
});
