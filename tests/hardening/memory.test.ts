/**
 * The memory bound README states: thousands of distinct padded documents (each parsed, validated
 * or refused, answered and cached) retain no more heap than the stores' bounds add up to. Runs in
 * a child process with --expose-gc so that the figure is the heap after collection. Loose: 25 %
 * over the bound fails (without the bounds, yoga's own caches retained over 450 MB here).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../../src/http/guards/limits.js';
import { retainedBound } from '../../src/http/memory.js';
import { projectRoot } from '../../src/paths.js';
import { startServer } from '../helpers/server.js';

describe('memory', () => {
  it('3,000 distinct padded documents retain less than the stated bound', async () => {
    const probe = join(projectRoot, 'tests', 'hardening', 'probes', 'memory.ts');
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--import', 'tsx', probe, '3000'], { cwd: projectRoot, timeout: 150_000 });
    const { retained, count } = JSON.parse(stdout.trim().split('\n').at(-1)!) as { retained: number; count: number };
    expect(count).toBe(3000);
    expect(retained).toBeLessThan(1.25 * retainedBound(defaultLimits));
    // And the bound was reached, so the figure says something: the stores filled up.
    expect(retained).toBeGreaterThan(0.5 * retainedBound(defaultLimits));
  }, 180_000);
});

describe('RESPONSE_CACHE_BYTES=0', () => {
  it('turns the response cache off: every request is answered, none is kept', async () => {
    const server = await startServer({ limits: { responseCacheBytes: 0 } });
    try {
      for (let i = 0; i < 2; i++) expect((await fetch(`${server.graphql}?query=${encodeURIComponent('{ __typename }')}`)).status).toBe(200);
      expect(server.listener.stats).toMatchObject({ hits: 0, misses: 2, entries: 0 });
    } finally {
      await server.close();
    }
  });
});
