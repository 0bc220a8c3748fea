/**
 * `npm run soak -- --seconds 60 [--concurrency 8] [--url http://127.0.0.1:4000]`
 *
 * A bounded, mixed load against Akhbar on this machine: the realistic operations, introspection,
 * the costliest accepted query, and requests that must be refused (each with its expected code).
 * Starts its own server (src/server.ts, one worker, a free port on 127.0.0.1) unless --url names
 * a loopback one. Reports errors (any answer other than the one expected), latency percentiles per
 * kind of request, throughput, and the server's resident memory before and after. Exits 1 when
 * there was any error.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { getIntrospectionQuery } from 'graphql';
import { projectRoot } from '../src/paths.js';
import { maxCostQuery, realisticOperations } from './load-queries.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '30' },
    concurrency: { type: 'string', default: '8' },
    url: { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) throw new Error('--seconds must be between 1 and 3600');
if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new Error('--concurrency must be between 1 and 64');

interface Kind {
  name: string;
  weight: number;
  body: unknown;
  /** The status and error codes a correct answer has. */
  expect: { status: number; codes: string[] };
}

const ok = { status: 200, codes: [] };
const kinds: Kind[] = [
  ...realisticOperations().map((op) => ({ name: op.name, weight: 10, body: { query: op.query, variables: op.variables }, expect: ok })),
  { name: 'Introspection', weight: 2, body: { query: getIntrospectionQuery() }, expect: ok },
  { name: 'MaxCost', weight: 2, body: { query: maxCostQuery().query }, expect: ok },
  { name: 'Small', weight: 10, body: { query: '{ actor(slug: "vladimir-putin") { name { text } } }' }, expect: ok },
  { name: 'TooCostly', weight: 1, body: { query: '{ actors(first: 100) { nodes { quotes(first: 100) { nodes { speaker { quotes(first: 100) { nodes { slug } } } } } } } }' }, expect: { status: 400, codes: ['QUERY_TOO_COSTLY'] } },
  { name: 'TooDeep', weight: 1, body: { query: `{ ${'actor(slug: "x") { quotes { nodes { speaker { '.repeat(4)}slug${' } } } }'.repeat(4)} }` }, expect: { status: 400, codes: ['QUERY_TOO_DEEP'] } },
  { name: 'BadJSON', weight: 1, body: '{"query": ', expect: { status: 400, codes: ['BAD_REQUEST'] } },
];
const totalWeight = kinds.reduce((sum, k) => sum + k.weight, 0);
function pick(): Kind {
  let r = Math.random() * totalWeight;
  for (const k of kinds) if ((r -= k.weight) < 0) return k;
  return kinds[0]!;
}

/** The resident set size of a process, in MB (Linux /proc, or ps elsewhere). */
function rssMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

async function startServer(): Promise<{ origin: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src', 'server.ts')], {
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', WORKERS: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origin = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`the server exited (${code}): ${out}`)));
  });
  return { origin, child };
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0);
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main(): Promise<void> {
  let origin: string;
  let child: ChildProcess | undefined;
  if (values.url) {
    origin = new URL(values.url).origin;
    if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(origin)) throw new Error('--url must be a loopback address (127.0.0.0/8, localhost, [::1])');
  } else ({ origin, child } = await startServer());
  const endpoint = `${origin}/graphql`;

  const latencies = new Map<string, number[]>(kinds.map((k) => [k.name, []]));
  const errors: string[] = [];
  let requests = 0;

  async function send(k: Kind): Promise<void> {
    const started = performance.now();
    try {
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: typeof k.body === 'string' ? k.body : JSON.stringify(k.body),
      });
      const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
      const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? '(none)');
      if (res.status !== k.expect.status || codes.join() !== k.expect.codes.join()) errors.push(`${k.name}: ${res.status} ${codes.join(',') || 'no errors'}`);
    } catch (error) {
      errors.push(`${k.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    latencies.get(k.name)!.push(performance.now() - started);
  }

  // Warm up: GraphiQL's assets are prepared once serving begins; one request of each kind.
  await (await fetch(endpoint, { headers: { accept: 'text/html' } })).text();
  for (const k of kinds) await send(k);
  const rssBefore = child?.pid ? rssMb(child.pid) : null;
  const warmUpErrors = [...errors];
  errors.length = 0;
  for (const list of latencies.values()) list.length = 0;
  if (warmUpErrors.length) errors.push(...warmUpErrors.map((e) => `warm-up: ${e}`));
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < deadline) {
      await send(pick());
      requests++;
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  const rssAfter = child?.pid ? rssMb(child.pid) : null;

  const all = [...latencies.values()].flat().sort((a, b) => a - b);
  const lines = [
    `soak: ${seconds} s, ${concurrency} concurrent clients, against ${endpoint} (Node ${process.version})`,
    `requests: ${requests} (${(requests / elapsed).toFixed(0)}/s), errors: ${errors.length}`,
    `latency, all: p50 ${ms(percentile(all, 50))}, p90 ${ms(percentile(all, 90))}, p99 ${ms(percentile(all, 99))}, max ${ms(all.at(-1) ?? 0)}`,
    '',
    '| request | count | p50 | p90 | p99 | max |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...kinds.map((k) => {
      const l = latencies.get(k.name)!.sort((a, b) => a - b);
      return `| ${k.name} | ${l.length} | ${ms(percentile(l, 50))} | ${ms(percentile(l, 90))} | ${ms(percentile(l, 99))} | ${ms(l.at(-1) ?? 0)} |`;
    }),
    '',
    rssBefore != null && rssAfter != null
      ? `server RSS: ${rssBefore.toFixed(1)} MB before, ${rssAfter.toFixed(1)} MB after`
      : 'server RSS: not measured (external server, or no /proc)',
  ];
  console.log(lines.join('\n'));
  if (errors.length) {
    const counts = new Map<string, number>();
    for (const e of errors) counts.set(e, (counts.get(e) ?? 0) + 1);
    console.log('\nerrors:');
    for (const [e, n] of counts) console.log(`  ${n} × ${e}`);
  }

  if (child) {
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    const code = await exited;
    if (code !== 0) {
      console.log(`the server exited with ${code} on SIGTERM`);
      process.exitCode = 1;
    }
  }
  if (errors.length) process.exitCode = 1;
}

await main();
