/**
 * The moving parts of the federation tests: HTTP servers on 127.0.0.1 port 0, supergraph
 * composition, Hive Gateway's runtime in-process, and Akhbar subgraph processes (node:cluster).
 */
import { spawn } from 'node:child_process';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { akhbarGatewayConfig } from '../../deploy/gateway.config.js';
import { projectRoot } from '../../src/paths.js';
import { printSubgraphSDL } from '../../src/subgraph/print.js';
import { wikidataTypeDefs } from './wikidata-subgraph.js';

export interface Listening {
  url: string;
  close: () => Promise<void>;
}

/** Serves `handler` on 127.0.0.1, on a free port; `close` drops open connections too. */
export async function listen(handler: RequestListener): Promise<Listening> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Composes the supergraph of Akhbar's subgraph and the test's Wikidata subgraph; throws on any composition error. */
export function composeSupergraph(urls: { akhbar: string; wikidata: string }): string {
  const result = composeServices([
    { name: 'akhbar', typeDefs: parse(printSubgraphSDL()), url: `${urls.akhbar}/graphql` },
    { name: 'wikidata', typeDefs: wikidataTypeDefs, url: `${urls.wikidata}/graphql` },
  ]);
  if (!result.supergraphSdl) throw new Error(`composition failed:\n${(result.errors ?? []).map((e) => e.message).join('\n')}`);
  return result.supergraphSdl;
}

/** What the gateway sent to one subgraph: attempts, and attempts that failed (threw, or answered 5xx). */
export interface UpstreamStats { attempts: number; failed: number }

/** Starts Hive Gateway (its runtime, in-process) on 127.0.0.1 with the supergraph and deploy/gateway.config.ts. */
export async function startGateway(supergraph: string): Promise<Listening & { upstream: Map<string, UpstreamStats> }> {
  const upstream = new Map<string, UpstreamStats>();
  const count: GatewayPlugin = {
    onFetch({ url, fetchFn, setFetchFn }) {
      const origin = new URL(url).origin;
      const stats = upstream.get(origin) ?? { attempts: 0, failed: 0 };
      upstream.set(origin, stats);
      stats.attempts++;
      setFetchFn(async (...args) => {
        try {
          const response = await fetchFn(...args);
          if (response.status >= 500) stats.failed++;
          return response;
        } catch (error) {
          stats.failed++;
          throw error;
        }
      });
    },
  };
  const gateway = createGatewayRuntime({
    supergraph,
    ...akhbarGatewayConfig,
    logging: false,
    plugins: () => [count],
  });
  const server = await listen(gateway);
  return {
    ...server,
    upstream,
    close: async () => {
      await server.close();
      await gateway.dispose();
    },
  };
}

/** Posts a query to the gateway; the JSON answer, the HTTP status and how long it took. */
export async function post(url: string, query: string, variables?: Record<string, unknown>) {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'accept-language': 'en' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = (await response.json()) as { data?: any; errors?: { message: string; path?: unknown[]; extensions?: Record<string, any> }[] };
  return { ...body, status: response.status, ms: performance.now() - started };
}

/** An Akhbar subgraph service in its own process tree: the entry point with SCHEMA=subgraph. */
export interface AkhbarProcess extends Listening {
  pid: number;
  /** The node:cluster workers that are serving now, from the primary's log (development mode). */
  servingWorkers: () => number[];
  /** Resolves once `n` workers are serving. */
  waitForWorkers: (n: number) => Promise<void>;
  output: () => string;
}

/**
 * Starts `src/server.ts` as a subgraph on a free port with `workers` node:cluster workers, and
 * waits until every worker is serving. NODE_ENV=development makes the primary log each worker
 * that starts serving (a replacement too), which is how the test knows both replicas are up.
 */
export async function spawnAkhbar(workers: number): Promise<AkhbarProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src', 'server.ts')], {
    cwd: projectRoot,
    env: { ...process.env, SCHEMA: 'subgraph', WORKERS: String(workers), PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters = new Set<() => void>();
  const onOutput = (chunk: Buffer) => {
    output += chunk.toString();
    for (const check of waiters) check();
  };
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  const exited = new Promise<never>((_resolve, reject) =>
    child.once('exit', (code, signal) => reject(new Error(`the Akhbar subgraph exited (${signal ?? code}):\n${output}`))));
  exited.catch(() => undefined);

  /** Resolves with `test(output)` once it is truthy; rejects after `ms` or when the process exits. */
  const waitFor = <T>(what: string, test: (out: string) => T | undefined, ms = 30_000) => Promise.race([exited, new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      waiters.delete(check);
      reject(new Error(`${what} within ${ms} ms:\n${output}`));
    }, ms);
    const check = () => {
      const found = test(output);
      if (found === undefined) return;
      clearTimeout(timer);
      waiters.delete(check);
      resolve(found);
    };
    waiters.add(check);
    check();
  })]);

  const servingWorkers = () => {
    const dead = new Set([...output.matchAll(/worker (\d+) died/g)].map((m) => Number(m[1])));
    return [...output.matchAll(/worker (\d+) is serving/g)].map((m) => Number(m[1])).filter((p) => !dead.has(p));
  };
  const waitForWorkers = async (n: number) => {
    await waitFor(`${n} workers serving`, () => (servingWorkers().length >= n ? true : undefined));
  };

  const url = await waitFor('no URL logged', (out) => /at (http:\/\/127\.0\.0\.1:\d+)\/graphql as a federation subgraph/.exec(out)?.[1]);
  if (workers > 1) await waitForWorkers(workers);
  return {
    url,
    pid: child.pid!,
    output: () => output,
    servingWorkers,
    waitForWorkers,
    close: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 12_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    }),
  };
}
