import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { checkDataset } from '../src/data/load.js';
import { projectRoot } from '../src/paths.js';
import { synthesize } from '../scripts/synth.js';

describe('npm run data:synth', () => {
  it('writes a dataset that passes the loader\'s full validation, shaped like the real one', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'akhbar-synth-test-')), 'data');
    const printed = execFileSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'scripts', 'synth.ts'), '--articles', '4', '--out', out], { encoding: 'utf8' });
    expect(printed.trim()).toBe(out);
    const { dataset, problems } = checkDataset(out);
    expect(problems).toEqual([]);
    expect(dataset!.articles.all).toHaveLength(4);
    // Shared actors: the real ones are reused, each article adds one of its own.
    expect(dataset!.actors.byId.has('act_vladimir-putin')).toBe(true);
    expect(dataset!.actors.all.filter((a) => a.id.startsWith('act_synth-') && a.id.endsWith('-person'))).toHaveLength(4);
    for (const a of dataset!.articles.all) {
      expect(dataset!.eventsOfArticle.get(a.id)).toHaveLength(4);
      expect(dataset!.quotesOfArticle.get(a.id)).toHaveLength(3);
      expect(dataset!.timelineOfArticle.get(a.id)!.map((e) => e.placement)).toEqual(['RELATIVE', 'DATED', 'DATED', 'UNPLACED']);
    }
    // The server can be pointed at it.
    expect(readConfig({ AKHBAR_DATA_DIR: out }).dataDir).toBe(out);
  });

  it('is deterministic for a given size and seed', () => {
    const a = synthesize({ articles: 3, seed: 7 });
    const b = synthesize({ articles: 3, seed: 7 });
    const c = synthesize({ articles: 3, seed: 8 });
    const hash = (dir: string) => (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { contentHash: string }).contentHash;
    expect(hash(a)).toBe(hash(b));
    expect(hash(c)).not.toBe(hash(a));
  });

  it('refuses an AKHBAR_DATA_DIR that holds no dataset', () => {
    expect(() => readConfig({ AKHBAR_DATA_DIR: tmpdir() })).toThrow(/AKHBAR_DATA_DIR/);
  });
});
