/**
 * Liveness under load: while 50 maximum-cost queries run at once against the real entry point
 * (a child process, one worker, on 127.0.0.1), `/health` and a small query still answer promptly,
 * every heavy query completes or is cut by the execution time limit, and the process stays up.
 * Bounds are loose (orders of magnitude), for a 2-core machine that also runs the clients.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxCostQuery } from '../../scripts/load-queries.js';
import { ErrorCode } from '../../src/errors.js';
import { defaultLimits } from '../../src/http/guards/limits.js';
import { GRAPHQL_RESPONSE, post, raw, send } from '../helpers/http.js';
import { startChildServer } from '../helpers/server.js';

let server: Awaited<ReturnType<typeof startChildServer>>;

/**
 * Fires `count` POSTs of `query` at once from a process of its own (so that reading fifty answers
 * of half a megabyte does not slow this process's probes), and resolves with how each ended:
 * `completed`, or its status and codes. `started` resolves once every request is on its way.
 */
function loadFrom(url: string, query: string, count: number): { started: Promise<void>; outcomes: Promise<string[]> } {
  const script = `
    const body = JSON.stringify({ query: require('node:fs').readFileSync(0, 'utf8') });
    const one = async () => {
      const res = await fetch(${JSON.stringify(url)}, { method: 'POST', headers: { 'content-type': 'application/json', accept: '${GRAPHQL_RESPONSE}' }, body });
      const text = await res.text();
      if (res.status === 200 && text.startsWith('{"data":') && !text.includes('"errors":')) return 'completed';
      return res.status + ' ' + (JSON.parse(text).errors ?? []).map((e) => e.extensions?.code).join(',');
    };
    const all = Promise.all(Array.from({ length: ${count} }, () => one().catch((e) => 'failed ' + e.message)));
    console.log('started');
    all.then((outcomes) => console.log(JSON.stringify(outcomes)));
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.end(query);
  let out = '';
  let onStart!: () => void;
  const started = new Promise<void>((resolve) => (onStart = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes('started')) onStart();
  });
  const outcomes = new Promise<string[]>((resolve, reject) => child.on('exit', (code) => {
    const line = out.split('\n').find((l) => l.startsWith('['));
    if (code === 0 && line) resolve(JSON.parse(line) as string[]);
    else reject(new Error(`the load generator exited with ${code}: ${out}`));
  }));
  return { started, outcomes };
}

beforeAll(async () => {
  server = await startChildServer();
  // Let start-up work (GraphiQL's assets are prepared once serving begins) finish first.
  await send(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
}, 60_000);

afterAll(async () => {
  server.child.kill('SIGTERM');
  await server.exited;
});

describe('under load', () => {
  it('50 concurrent maximum-cost queries: /health and a small query answer promptly, every heavy one completes or times out', async () => {
    const heavy = maxCostQuery();
    expect(heavy.cost).toBeGreaterThan(defaultLimits.maxCost * 0.9);
    expect(heavy.cost).toBeLessThanOrEqual(defaultLimits.maxCost);
    const url = `${server.url}/graphql`;

    // One alone, for scale.
    const single = await post(url, { query: heavy.query });
    expect(single.status).toBe(200);
    expect(single.json.errors).toBeUndefined();

    const started = performance.now();
    const load = loadFrom(url, heavy.query, 50);
    await load.started;
    await new Promise((resolve) => setTimeout(resolve, 100)); // the heavy queries are in
    const headers = { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE };
    const [health, small] = await Promise.all([
      raw(`${server.url}/health`, { method: 'GET' }),
      raw(url, { headers, body: JSON.stringify({ query: '{ actor(slug: "vladimir-putin") { slug } }' }) }),
    ]);
    const outcomes = await load.outcomes;
    const loadMs = performance.now() - started;

    expect(health.status).toBe(200);
    expect(small.json).toEqual({ data: { actor: { slug: 'vladimir-putin' } } });
    // Promptly: between two heavy executions, not after all fifty (which take seconds here).
    expect(health.ms).toBeLessThan(Math.min(2_000, loadMs * 0.6));
    expect(small.ms).toBeLessThan(Math.min(2_000, loadMs * 0.6));

    for (const o of outcomes) expect(['completed', `503 ${ErrorCode.EXECUTION_TIMEOUT}`]).toContain(o);
    expect(outcomes.filter((o) => o === 'completed').length).toBeGreaterThan(0);
    expect(loadMs).toBeLessThan(30_000);

    // Still up, still answering.
    expect(server.child.exitCode).toBeNull();
    expect((await post(url, { query: '{ __typename }' })).json).toEqual({ data: { __typename: 'Query' } });
  }, 60_000);

  it('with a short time limit, heavy queries are cut with 503 EXECUTION_TIMEOUT and the service carries on', async () => {
    const hasty = await startChildServer({ EXECUTION_TIMEOUT_MS: '5' });
    try {
      const url = `${hasty.url}/graphql`;
      const outcomes = await loadFrom(url, maxCostQuery().query, 20).outcomes;
      expect(outcomes.filter((o) => o === `503 ${ErrorCode.EXECUTION_TIMEOUT}`).length).toBeGreaterThan(10);
      for (const o of outcomes) expect(['completed', `503 ${ErrorCode.EXECUTION_TIMEOUT}`]).toContain(o);
      expect((await post(url, { query: '{ __typename }' })).status).toBe(200);
      expect(hasty.child.exitCode).toBeNull();
    } finally {
      hasty.child.kill('SIGTERM');
      await hasty.exited;
    }
  }, 60_000);
});
