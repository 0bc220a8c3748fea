/**
 * `npm run bench`: Akhbar side by side with the limit (a bare node:http server answering the same
 * bytes) and the fastest peer (fastify + mercurius + graphql-jit on the same Pothos schema), cached
 * answers plain and compressed (br, gzip) against the bare server sending the same bytes, then
 * yoga 5.3.0 against the current yoga, two workers, and the dataset at 1, 100 and 10,000
 * articles. Writes BENCHMARKS.md. Linux only (/proc, taskset). See BENCHMARKS.md for the method.
 *
 *   npm run bench                      # the full run (10.5 min on a busy 2-core machine)
 *   npm run bench -- --quick           # a short smoke run (about a minute), figures not for keeps
 *   npm run bench -- --only article-page-br,event-detail-gzip
 *                                      # the side by side for these scenarios only (a compressed
 *                                      # one brings its plain one); the other sections as usual
 *   npm run bench -- --profile [--scenario article-page] [--duration 10]
 *                                      # a CPU profile (.cpuprofile) of the app under load
 *   npm run bench -- --out FILE        # write the report elsewhere (default BENCHMARKS.md)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, isDeepStrictEqual } from 'node:util';
import { createHash } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { projectRoot } from '../src/paths.js';
import { synthesize } from './synth.js';
import { snapshotIsFresh } from '../src/data/snapshot.js';
import { machineBusyTicks, selfTicks, TICK_US, treeRss, treeTicks } from './bench/proc.js';
import { forPeer, type Peer, type Scenario, scenarios } from './bench/scenarios.js';
import { commands, type Server, startServer, stopServer } from './bench/servers.js';

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    scenario: { type: 'string', default: 'article-page' },
    only: { type: 'string' },
    duration: { type: 'string' },
    rounds: { type: 'string' },
    out: { type: 'string', default: join(projectRoot, 'BENCHMARKS.md') },
    'no-build': { type: 'boolean', default: false },
    /** Only the scale section, printed (not written): `--scale-only [--sizes 1,10000,100000]`. */
    'scale-only': { type: 'boolean', default: false },
    sizes: { type: 'string' },
  },
});

const quick = flags.quick;
const settings = {
  rounds: Number(flags.rounds ?? (quick ? 1 : 5)),
  duration: Number(flags.duration ?? (quick ? 0.5 : 1.5)),
  warmup: quick ? 0.2 : 0.5,
  latencyDuration: quick ? 0.5 : 1.5,
  connections: 50,
  yogaRounds: quick ? 1 : 5,
  workerRounds: quick ? 1 : 3,
  sizes: flags.sizes ? flags.sizes.split(',').map(Number) : quick ? [1, 100] : [1, 10_000, 100_000],
  samples: quick ? 30 : 200,
  /** Other CPU activity (beyond the server and this load generator) that makes a round noisy, in cores. */
  noiseLimit: 0.15,
  retries: 1,
  /** Retries in the whole run at most, so that a busy machine cannot make the run take hours. */
  retryBudget: 30,
};
let retriesLeft = settings.retryBudget;
/** The side by side's scenarios: all, or those `--only` names and the plain ones they compress. */
const selected: readonly Scenario[] = (() => {
  if (flags.only === undefined) return scenarios;
  const names = new Set(flags.only.split(',').map((n) => n.trim()));
  for (const n of names) if (!scenarios.some((s) => s.name === n)) throw new Error(`--only: no scenario ${n}; there are ${scenarios.map((s) => s.name).join(', ')}`);
  for (const s of scenarios) if (s.compressed && names.has(s.name)) names.add(s.compressed.of);
  return scenarios.filter((s) => names.has(s.name));
})();
const NOTES_MARKER = '<!-- Hand-written notes: `npm run bench` keeps everything from here on. -->';
const SERVER_CPU = '0';
const LOADGEN_CPU = '1';
const began = performance.now();
const log = (...a: unknown[]) => console.log(`[${((performance.now() - began) / 1000).toFixed(0).padStart(4)} s]`, ...a);

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const spread = (xs: readonly number[]) => (xs.length < 2 ? 0 : (Math.max(...xs) - Math.min(...xs)) / median(xs));

function pinSelf(cpuList: string): void {
  execFileSync('taskset', ['-a', '-pc', cpuList, String(process.pid)], { stdio: 'ignore' });
}

// ---------------------------------------------------------------------------------------------
// Requests and load

function requestHeaders(scenario: Scenario): Record<string, string> {
  return { ...scenario.headers, 'x-bench-scenario': scenario.name };
}

/** An answer as it came over the wire: `body` is still in its content coding (`encoding`, '' for none). */
interface Answer { status: number; type: string; encoding: string; body: Buffer }

/**
 * One request with exactly the headers the load generator sends, over node:http: fetch would add
 * headers of its own (Accept-Encoding among them) and decode a compressed body, and the bare server
 * must be handed the bytes Akhbar sent.
 */
function fetchOnce(server: Server, peerScenario: Scenario, body = forPeer(peerScenario, server.name).body): Promise<Answer> {
  const scenario = forPeer(peerScenario, server.name);
  return new Promise((resolve, reject) => {
    const headers = { ...requestHeaders(scenario), ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}) };
    const req = request(server.url + scenario.path, { method: scenario.method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => resolve({
        status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', encoding: res.headers['content-encoding'] ?? '', body: Buffer.concat(chunks),
      }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The body of an answer with its content coding undone. */
function decoded(answer: Answer): Buffer {
  if (answer.encoding === 'br') return brotliDecompressSync(answer.body);
  if (answer.encoding === 'gzip') return gunzipSync(answer.body);
  if (answer.encoding !== '') throw new Error(`unexpected content coding ${answer.encoding}`);
  return answer.body;
}

function cannon(server: Server, peerScenario: Scenario, duration: number, overallRate?: number): Promise<autocannon.Result> {
  const scenario = forPeer(peerScenario, server.name);
  let i = 1;
  const unique = scenario.uniqueBody;
  return autocannon({
    url: server.url,
    connections: settings.connections,
    duration,
    ...(overallRate ? { overallRate } : {}),
    requests: [{
      method: scenario.method,
      path: scenario.path,
      headers: requestHeaders(scenario),
      ...(scenario.body !== undefined ? { body: scenario.body } : {}),
      ...(unique ? { setupRequest: (req: autocannon.Request) => ({ ...req, body: unique(i++) }) } : {}),
    }],
  });
}

interface Measure {
  rps: number;
  cpuUsPerReq: number;
  /** Cores' worth of CPU used by anything other than the server and this process. */
  other: number;
  retries: number;
  non2xx: number;
  errors: number;
}

/** One measured run: warm-up, then load for `duration` s, with the server's CPU from /proc. */
async function measure(server: Server, scenario: Scenario, duration = settings.duration): Promise<Measure> {
  let retries = 0;
  for (;;) {
    await cannon(server, scenario, settings.warmup);
    const t0 = performance.now(), s0 = treeTicks(server.pid), m0 = machineBusyTicks(), l0 = selfTicks();
    const result = await cannon(server, scenario, duration);
    if (server.child.exitCode !== null || result.requests.total === 0)
      throw new Error(`${server.name} answered nothing under ${scenario.name} (exit code ${server.child.exitCode}):\n${server.output().slice(-2000)}`);
    const elapsed = (performance.now() - t0) / 1000;
    const serverTicks = treeTicks(server.pid) - s0;
    const other = (machineBusyTicks() - m0 - serverTicks - (selfTicks() - l0)) / (elapsed * 100);
    const total = result.requests.total;
    const m: Measure = {
      rps: total / elapsed, cpuUsPerReq: (serverTicks * TICK_US) / Math.max(1, total), other, retries,
      non2xx: result.non2xx, errors: result.errors + result.timeouts,
    };
    if (other <= settings.noiseLimit || retries >= settings.retries || retriesLeft <= 0) return m;
    retries++;
    retriesLeft--;
    log(`  noisy (${other.toFixed(2)} cores of other activity): ${server.name}/${scenario.name} again`);
  }
}

// ---------------------------------------------------------------------------------------------
// The side-by-side run

interface Row { rps: number[]; cpu: number[]; ratio: number[]; cpuRatio: number[]; other: number[]; retries: number; bytes: number; p50?: number; p99?: number; non2xx: number; errors: number }

function compareAnswers(scenario: Scenario, ours: Answer, other: Answer, otherName: string): void {
  const fail = (why: string) => {
    throw new Error(`${scenario.name}: ${otherName}'s answer differs from Akhbar's (${why})\nAkhbar: ${ours.body.toString().slice(0, 400)}\n${otherName}: ${other.body.toString().slice(0, 400)}`);
  };
  if (scenario.compare === 'bytes') {
    if (ours.encoding !== other.encoding) fail(`content coding ${ours.encoding || 'none'} against ${other.encoding || 'none'}`);
    if (!ours.body.equals(other.body)) fail('bytes');
    return;
  }
  const a = JSON.parse(decoded(ours).toString()) as { data?: unknown; errors?: { message: string }[] };
  const b = JSON.parse(decoded(other).toString()) as typeof a;
  if (scenario.compare === 'json' && !isDeepStrictEqual(a, b)) fail('JSON');
  if (scenario.compare === 'errors' && !isDeepStrictEqual(a.errors?.map((e) => e.message), b.errors?.map((e) => e.message))) fail('error messages');
}

async function sideBySide(): Promise<{ rows: Map<string, Map<Peer, Row>>; notes: string[] }> {
  const notes: string[] = [];
  const ours = await startServer('ours', commands.ours, { WORKERS: '1' }, SERVER_CPU);
  // The bare server answers with Akhbar's own bytes, captured here.
  const fixtures: Record<string, { status: number; type: string; encoding?: string; body: string }> = {};
  const answers = new Map<string, Answer>();
  for (const s of selected) {
    const a = await fetchOnce(ours, s);
    answers.set(s.name, a);
    fixtures[s.name] = { status: a.status, type: a.type, ...(a.encoding ? { encoding: a.encoding } : {}), body: a.body.toString('base64') };
    if (s.compressed) {
      // The compressed answer is the plain one, compressed: not an error, not another coding.
      const plain = answers.get(s.compressed.of)!;
      if (a.encoding !== s.compressed.encoding) throw new Error(`${s.name}: Akhbar answered with content coding '${a.encoding}', not ${s.compressed.encoding}`);
      if (a.status !== plain.status || !decoded(a).equals(plain.body)) throw new Error(`${s.name}: the decoded answer differs from ${s.compressed.of}'s`);
    } else if (a.encoding) throw new Error(`${s.name}: Akhbar compressed an answer nobody asked to compress (${a.encoding})`);
    if (s.uniqueBody) {
      const b = await fetchOnce(ours, s, s.uniqueBody(12345));
      if (!a.body.equals(b.body)) throw new Error(`${s.name}: unique requests get different answers`);
    }
  }
  const fixtureFile = join(mkdtempSync(join(tmpdir(), 'akhbar-bench-')), 'fixtures.json');
  writeFileSync(fixtureFile, JSON.stringify(fixtures));
  const servers: Record<Peer, Server> = {
    ours,
    bare: await startServer('bare', commands.bare, { BENCH_FIXTURES: fixtureFile }, SERVER_CPU),
    mercurius: await startServer('mercurius', commands.mercurius, {}, SERVER_CPU),
  };
  try {
    for (const s of selected)
      for (const peer of s.peers) {
        if (peer === 'ours') continue;
        const answer = await fetchOnce(servers[peer], s);
        compareAnswers(s, answers.get(s.name)!, answer, peer);
        if (answer.status !== answers.get(s.name)!.status)
          notes.push(`${s.name}: ${peer} answers HTTP ${answer.status}, Akhbar ${answers.get(s.name)!.status} (bodies compared: ${s.compare})`);
      }
    log('answers checked: every server returns the same body for every scenario, the compressed ones the same bytes');

    const rows = new Map<string, Map<Peer, Row>>();
    for (const s of selected) {
      const m = new Map<Peer, Row>();
      for (const p of s.peers) m.set(p, { rps: [], cpu: [], ratio: [], cpuRatio: [], other: [], retries: 0, bytes: answers.get(s.name)!.body.length, non2xx: 0, errors: 0 });
      rows.set(s.name, m);
    }
    for (let round = 0; round < settings.rounds; round++) {
      log(`round ${round + 1}/${settings.rounds}`);
      for (const s of selected) {
        // Rotate the order of the servers from round to round.
        const order = s.peers.map((_, i) => s.peers[(i + round) % s.peers.length]!);
        const got = new Map<Peer, Measure>();
        for (const p of order) got.set(p, await measure(servers[p], s));
        for (const [p, m] of got) {
          const row = rows.get(s.name)!.get(p)!;
          row.rps.push(m.rps);
          row.cpu.push(m.cpuUsPerReq);
          row.other.push(m.other);
          row.retries += m.retries;
          row.non2xx += m.non2xx;
          row.errors += m.errors;
          const bare = got.get('bare')!;
          row.ratio.push(m.rps / bare.rps);
          row.cpuRatio.push(bare.cpuUsPerReq / m.cpuUsPerReq);
        }
        log(`  ${s.name}: ${order.map((p) => `${p} ${got.get(p)!.rps.toFixed(0)} req/s ${got.get(p)!.cpuUsPerReq.toFixed(0)} µs`).join(', ')}`);
      }
    }
    log('open-loop latency at half of each server\'s capacity');
    for (const s of selected)
      for (const p of s.peers) {
        const row = rows.get(s.name)!.get(p)!;
        const result = await cannon(servers[p], s, settings.latencyDuration, Math.max(1, Math.round(median(row.rps) / 2)));
        row.p50 = result.latency.p50;
        row.p99 = result.latency.p99;
      }
    return { rows, notes };
  } finally {
    for (const server of Object.values(servers)) await stopServer(server);
  }
}

// ---------------------------------------------------------------------------------------------
// yoga 5.3.0 against the current yoga, and two workers

interface Pair { a: number[]; b: number[]; cpuA: number[]; cpuB: number[] }

async function versus(
  label: string, startA: () => Promise<Server>, startB: () => Promise<Server>, names: readonly string[], rounds: number, cpuList?: string,
): Promise<Map<string, Pair>> {
  const a = await startA();
  const b = await startB();
  if (cpuList) pinSelf(cpuList);
  const out = new Map<string, Pair>(names.map((n) => [n, { a: [], b: [], cpuA: [], cpuB: [] }]));
  try {
    for (let round = 0; round < rounds; round++) {
      for (const name of names) {
        const s = scenarios.find((x) => x.name === name)!;
        const first = round % 2 === 0 ? a : b;
        const second = first === a ? b : a;
        const m1 = await measure(first, s);
        const m2 = await measure(second, s);
        const [ma, mb] = first === a ? [m1, m2] : [m2, m1];
        const pair = out.get(name)!;
        pair.a.push(ma.rps);
        pair.b.push(mb.rps);
        pair.cpuA.push(ma.cpuUsPerReq);
        pair.cpuB.push(mb.cpuUsPerReq);
      }
      log(`${label}: round ${round + 1}/${rounds}`);
    }
  } finally {
    if (cpuList) pinSelf(LOADGEN_CPU);
    await stopServer(a);
    await stopServer(b);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Scale

interface ScaleRow {
  articles: number; jsonMb: number; startupMs: number; rssMb: number; heapMb: number; buffersMb: number;
  lookup: number; firstPage: number; searchRare: number; rareHits: number; searchCommon: number; commonHits: number;
  searchFiltered: number; eventsBetween: number; actorEvents: number;
  /** The first DATE-ordered query builds the whole chronology: its one-time cost. */
  actorEventsFirst: number;
  /** At the largest size: lookups per second with one worker and with two (both unpinned on cores 0–1), and the two workers' RSS. */
  workers?: { one: number; two: number; rssTwoMb: number };
}

const synthKey = createHash('sha256').update(readFileSync(join(projectRoot, 'scripts', 'synth.ts'))).digest('hex').slice(0, 12);

/** A synthetic dataset of `articles` articles with its snapshot, kept between runs (keyed by synth.ts's hash). */
function syntheticDataset(articles: number): string {
  const dir = join(tmpdir(), `akhbar-bench-synth-${articles}-${synthKey}`);
  if (!existsSync(join(dir, 'manifest.json')) || !snapshotIsFresh(dir)) synthesize({ articles, out: dir, compile: true });
  return dir;
}

/** Memory after a full collection with only the dataset loaded (scripts/bench/memory.ts). */
function memoryOf(dir: string): { rss: number; heap: number; arrayBuffers: number } {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(projectRoot, 'scripts', 'bench', 'memory.ts'), dir], { cwd: projectRoot, encoding: 'utf8' });
  return JSON.parse(out) as { rss: number; heap: number; arrayBuffers: number };
}

async function timeQuery(url: string, query: string, variables: Record<string, unknown>, samples: number): Promise<{ p50: number; first: number; data: any }> {
  let data: any;
  let nonce = 0;
  const once = async () => {
    // A variable the operation does not use makes every body new: a response-cache miss, so the answer is worked out.
    const body = JSON.stringify({ query, variables: { ...variables, nonce: nonce++ } });
    const t0 = performance.now();
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await res.json()) as { data?: unknown; errors?: unknown[] };
    if (json.errors) throw new Error(`query failed: ${JSON.stringify(json.errors)}`);
    data = json.data;
    return performance.now() - t0;
  };
  const first = await once();
  for (let i = 1; i < Math.min(20, samples); i++) await once();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) times.push(await once());
  return { p50: median(times), first, data };
}

/** The first query that needs the whole chronology builds it (seconds at 100,000 articles): past the default 2 s limit. */
const FIRST_USE = { EXECUTION_TIMEOUT_MS: '120000' };

const LOOKUP = 'query ($slug: String!, $actor: String!) { article(slug: $slug) { id slug headline { text } publishedOn } actor(slug: $actor) { id slug name { text } } }';
const SEARCH = 'query ($q: String!, $actors: [String!], $from: Date, $to: Date) { search(query: $q, actors: $actors, from: $from, to: $to, first: 10) { totalCount nodes { kind score snippet } } }';

/** The corpus queries of one size, over HTTP, sequentially (ms, p50). */
async function corpusQueries(url: string, n: number): Promise<Omit<ScaleRow, 'articles' | 'jsonMb' | 'startupMs' | 'rssMb' | 'heapMb' | 'buffersMb' | 'workers'>> {
  const samples = settings.samples;
  const middle = Math.floor(n / 2);
  const lookup = await timeQuery(url, LOOKUP, { slug: `synth-${middle}`, actor: `synth-${middle}-person` }, samples);
  if (!lookup.data.article || !lookup.data.actor) throw new Error('lookup found nothing');
  const firstPage = await timeQuery(url,
    '{ articles(first: 20) { totalCount nodes { slug } } events(first: 20) { totalCount nodes { slug } } actors(first: 20) { totalCount nodes { slug } } }', {}, samples);
  const rareName = (await timeQuery(url, 'query ($slug: String!) { actor(slug: $slug) { name { ar } } }', { slug: `synth-${n - 1}-person` }, 1)).data.actor.name.ar as string;
  const rare = await timeQuery(url, SEARCH, { q: rareName }, samples);
  const common = await timeQuery(url, SEARCH, { q: 'الرئيس' }, Math.min(samples, 50));
  const filtered = await timeQuery(url, SEARCH, { q: 'الرئيس', actors: ['vladimir-putin'], from: '2025-03-01', to: '2025-03-31' }, Math.min(samples, 50));
  const between = await timeQuery(url, '{ events(filter: {from: "2025-03-01", to: "2025-03-07"}, first: 20) { totalCount nodes { id slug } } }', {}, samples);
  const actorEvents = await timeQuery(url, '{ actor(slug: "vladimir-putin") { events(orderBy: {field: DATE}, first: 20) { totalCount nodes { id slug } } } }', {}, samples);
  return {
    lookup: lookup.p50, firstPage: firstPage.p50, searchRare: rare.p50, rareHits: rare.data.search.totalCount,
    searchCommon: common.p50, commonHits: common.data.search.totalCount, searchFiltered: filtered.p50,
    eventsBetween: between.p50, actorEvents: actorEvents.p50, actorEventsFirst: actorEvents.first,
  };
}

/** Lookups per second over 5 s against one worker and two, unpinned on cores 0–1, at one size. */
async function workersAt(dir: string, n: number): Promise<ScaleRow['workers']> {
  const middle = Math.floor(n / 2);
  const scenario: Scenario = {
    name: 'scale-lookup', title: 'article and actor lookup', method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOOKUP, variables: { slug: `synth-${middle}`, actor: `synth-${middle}-person` } }), peers: ['ours'], compare: 'json',
    uniqueBody: (i) => JSON.stringify({ query: LOOKUP, variables: { slug: `synth-${middle}`, actor: `synth-${middle}-person`, nonce: i } }),
  };
  const rates: number[] = [];
  let rssTwoMb = 0;
  for (const workers of ['1', '2']) {
    const server = await startServer(`ours-${workers}`, commands.ours, { WORKERS: workers, AKHBAR_DATA_DIR: dir, ...FIRST_USE }, '0,1', { timeoutMs: 600_000 });
    try {
      await cannon(server, scenario, 1);
      rates.push((await cannon(server, scenario, 5)).requests.average);
      if (workers === '2') rssTwoMb = treeRss(server.pid) / 1e6;
    } finally {
      await stopServer(server);
    }
  }
  return { one: rates[0]!, two: rates[1]!, rssTwoMb };
}

async function scale(): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  for (const n of settings.sizes) {
    log(`scale: ${n} articles`);
    const dir = syntheticDataset(n);
    const jsonMb = readdirSync(dir).filter((f) => f.endsWith('.json')).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0) / 1e6;
    const memory = memoryOf(dir);
    const server = await startServer('ours', commands.ours, { WORKERS: '1', AKHBAR_DATA_DIR: dir, ...FIRST_USE }, SERVER_CPU, { timeoutMs: 600_000 });
    try {
      const startupMs = server.startupMs;
      const queries = await corpusQueries(server.url, n);
      rows.push({ articles: n, jsonMb, startupMs, rssMb: treeRss(server.pid) / 1e6, heapMb: memory.heap / 1e6, buffersMb: memory.arrayBuffers / 1e6, ...queries });
      log(`  start-up ${startupMs.toFixed(0)} ms, RSS ${(treeRss(server.pid) / 1e6).toFixed(0)} MB, lookup ${queries.lookup.toFixed(2)} ms, search ${queries.searchRare.toFixed(2)} / ${queries.searchCommon.toFixed(2)} ms`);
    } finally {
      await stopServer(server);
    }
    if (n === Math.max(...settings.sizes) && n > 1) rows.at(-1)!.workers = await workersAt(dir, n);
  }
  return rows;
}

/** The scale section's table (BENCHMARKS.md), rows as measured. */
function scaleTable(rows: readonly ScaleRow[]): string[] {
  const lines = [
    '| articles | JSON MB | start-up to first answer | RSS MB | heap MB | arrays MB | lookup | first page | search, rare name (hits) | search, common word (hits) | search, filtered | events by dates | actor\'s events by date (first call) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${f0(r.articles)} | ${r.jsonMb.toFixed(1)} | ${f0(r.startupMs)} ms | ${f0(r.rssMb)} | ${f0(r.heapMb)} | ${f0(r.buffersMb)} | ${ms(r.lookup)} | ${ms(r.firstPage)} | ${ms(r.searchRare)} (${f0(r.rareHits)}) | ${ms(r.searchCommon)} (${f0(r.commonHits)}) | ${ms(r.searchFiltered)} | ${ms(r.eventsBetween)} | ${ms(r.actorEvents)} (${f0(r.actorEventsFirst)}) |`),
  ];
  const w = rows.find((r) => r.workers);
  if (w?.workers) lines.push('', `Workers at ${f0(w.articles)} articles (lookups that miss the response cache, 5 s, 50 connections, load generator on the same 2 cores): 1 worker ${f0(w.workers.one)} req/s, 2 workers ${f0(w.workers.two)} req/s (× ${f2(w.workers.two / w.workers.one)}), 2 workers' RSS ${f0(w.workers.rssTwoMb)} MB.`);
  return lines;
}

// ---------------------------------------------------------------------------------------------
// GraphiQL over the wire

async function graphiqlWireBytes(): Promise<number> {
  const server = await startServer('ours', commands.ours, { WORKERS: '1' }, SERVER_CPU);
  try {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html', 'accept-encoding': 'br' } });
    const html = await page.text();
    let wire = Number(page.headers.get('content-length') ?? Buffer.byteLength(html));
    const assets = [...html.matchAll(/(?:src|href)="(\/graphiql\/[^"]+)"/g), ...html.matchAll(/"(\/graphiql\/[^"]+\.worker\.[0-9a-f]+\.js)"/g)].map((m) => m[1]!);
    for (const path of new Set(assets)) {
      const a = await fetch(`${server.url}${path}`, { headers: { 'accept-encoding': 'br' } });
      const decoded = (await a.arrayBuffer()).byteLength;
      wire += Number(a.headers.get('content-length') ?? decoded);
    }
    return wire;
  } finally {
    await stopServer(server);
  }
}

// ---------------------------------------------------------------------------------------------
// --profile

async function profile(): Promise<void> {
  const scenario = scenarios.find((s) => s.name === flags.scenario);
  if (!scenario) throw new Error(`--scenario must be one of ${scenarios.map((s) => s.name).join(', ')}`);
  const dir = join(projectRoot, 'bench-profiles');
  mkdirSync(dir, { recursive: true });
  const before = new Set(readdirSync(dir));
  const server = await startServer('ours', commands.ours, { WORKERS: '1' }, SERVER_CPU, { nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
  const duration = Number(flags.duration ?? 10);
  log(`profiling Akhbar under ${scenario.name} for ${duration} s`);
  await cannon(server, scenario, duration);
  await stopServer(server);
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile') && !before.has(f));
  if (!file) throw new Error('no profile written');
  const path = join(dir, file);
  const p = JSON.parse(readFileSync(path, 'utf8')) as { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] };
  const time = new Map<number, number>();
  p.samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const self = new Map<string, number>();
  for (const n of p.nodes) {
    const where = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*node_modules\//, '').replace(`file://${projectRoot}/`, '')}:${n.callFrame.lineNumber + 1}`;
    self.set(where, (self.get(where) ?? 0) + (time.get(n.id) ?? 0));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`\nCPU profile: ${path}\nOpen it in Chrome DevTools (Performance → Load profile) or VS Code. Top self time:`);
  for (const [where, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`${((100 * us) / total).toFixed(1).padStart(5)} %  ${where}`);
}

// ---------------------------------------------------------------------------------------------
// The report

function version(pkg: string): string {
  return (JSON.parse(readFileSync(join(projectRoot, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

const f0 = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const ms = (x: number | undefined) => (x === undefined ? '–' : x < 10 ? x.toFixed(2) : x.toFixed(1));
const peerName: Record<Peer, string> = { ours: 'Akhbar (yoga + Pothos)', bare: 'bare node:http (limit)', mercurius: 'mercurius + graphql-jit' };

function report(main: Awaited<ReturnType<typeof sideBySide>>, yoga: Map<string, Pair>, workers: Map<string, Pair>, scaleRows: ScaleRow[], graphiqlBytes: number, seconds: number): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines: string[] = [];
  const out = (s = '') => lines.push(s);
  out('# Benchmarks');
  out();
  out(`Written by \`npm run bench${quick ? ' -- --quick' : ''}\` on ${new Date().toISOString().slice(0, 10)} in ${Math.round(seconds)} s${quick ? ' (**quick run: figures are indicative only**)' : ''}. `
    + `Machine: ${cpus().length} × ${cpu}, Linux. Node ${process.versions.node}; graphql-yoga ${version('graphql-yoga')}, @pothos/core ${version('@pothos/core')}, `
    + `graphql ${version('graphql')}; peers: mercurius ${version('mercurius')} on fastify ${version('fastify')}, graphql-jit ${version('graphql-jit')}; `
    + `graphql-yoga ${version('yoga-5-3')} (as \`yoga-5-3\`); load: autocannon ${version('autocannon')}.`);
  out();
  out('## Method');
  out();
  out(`- Each server is a separate process on 127.0.0.1 pinned to core ${SERVER_CPU} with \`taskset\`; the load generator (autocannon, in the benchmark process) is pinned to core ${LOADGEN_CPU}.`);
  out('- Akhbar is the production build (`npm run build`, then `node dist/bundle/server.js`: the esbuild bundle `npm start` runs, `NODE_ENV=production`, `WORKERS=1`). The bare server (scripts/bench/bare-server.ts) answers each scenario with the exact status, content type and body bytes Akhbar answered, from a Buffer. mercurius (scripts/bench/mercurius-server.ts) serves the same Pothos schema, dataset and context with `jit: 1`. Both peers run their TypeScript through tsx\'s loader (no runtime cost once loaded).');
  out('- Before any load, every server\'s answer to every scenario is compared with Akhbar\'s: deep-equal JSON (for the invalid query, the same error messages; the envelopes differ), the same bytes for GraphiQL.');
  out(`- ${settings.rounds} interleaved rounds; in each round every scenario runs on every server, the servers' order rotating from round to round; each run is a ${settings.warmup} s warm-up and ${settings.duration} s of closed-loop load with ${settings.connections} connections. req/s and CPU figures are medians over rounds; "÷ bare" ratios are taken within each round (paired) and their median reported.`);
  out('- Server CPU per request: the server process tree\'s utime + stime from `/proc/<pid>/stat` over the measured window, divided by the requests answered (10 ms tick resolution: ±1 % at these durations).');
  out(`- Noise: CPU used during a run by anything other than the server and the load generator (from \`/proc/stat\`) above ${settings.noiseLimit} of a core marks the run noisy; it is retried up to ${settings.retries} time(s), at most ${settings.retryBudget} retries in the whole run (${settings.retryBudget - retriesLeft} used in this one). "other CPU" is the median of that figure: above ${settings.noiseLimit}, the machine was busy with other work and req/s and latencies understate; CPU µs per request is the steadier figure then. "spread" is (max − min) ÷ median of req/s over rounds.`);
  out(`- Latency: a separate open-loop run (autocannon \`overallRate\`) at half of each server's measured req/s, ${settings.latencyDuration} s, ${settings.connections} connections.`);
  out();
  out('## Side by side');
  out();
  out('| scenario | server | req/s | server CPU µs/req | req/s ÷ bare | bare CPU ÷ CPU | p50 ms | p99 ms | body bytes | spread | other CPU (cores) | noisy retries |');
  out('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const s of selected.filter((x) => !x.compressed)) {
    for (const [peer, row] of main.rows.get(s.name)!) {
      out(`| ${s.title} | ${peerName[peer]} | ${f0(median(row.rps))} | ${f0(median(row.cpu))} | ${f2(median(row.ratio))} | ${f2(median(row.cpuRatio))} | ${ms(row.p50)} | ${ms(row.p99)} | ${f0(row.bytes)} | ${(100 * spread(row.rps)).toFixed(0)} % | ${f2(median(row.other))} | ${row.retries} |`);
    }
  }
  for (const s of selected)
    for (const [peer, row] of main.rows.get(s.name)!)
      if (row.errors > 0) main.notes.push(`${s.name}/${peer}: ${row.errors} connection errors or timeouts`);
  out();
  for (const note of main.notes) out(`- ${note}`);
  if (main.notes.length) out();
  out(`GraphiQL over the wire (page + every asset and worker, brotli as a browser asks): **${(graphiqlBytes / 1024 / 1024).toFixed(2)} MB** (goal ≤ 2 MB).`);
  out();
  compressedSection(main.rows, out);
  out('## yoga 5.3.0 against the current yoga');
  out();
  out(`The claim: yoga 5.3.0 is ~1.8× faster than 5.24 on Node 20. Both run the same minimal app (scripts/bench/yoga-server.ts: same schema, dataset, context and options, no Akhbar plugins), pinned like the others, ${settings.yogaRounds} rounds, alternating which goes first.`);
  out();
  out(`| scenario | yoga ${version('graphql-yoga')} req/s | yoga ${version('yoga-5-3')} req/s | 5.3 ÷ current (req/s, paired median) | CPU µs/req current | CPU µs/req 5.3 |`);
  out('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, p] of yoga)
    out(`| ${name} | ${f0(median(p.a))} | ${f0(median(p.b))} | ${f2(median(p.b.map((b, i) => b / p.a[i]!)))} | ${f0(median(p.cpuA))} | ${f0(median(p.cpuB))} |`);
  out();
  out('## Two workers');
  out();
  out(`\`WORKERS=2\` against \`WORKERS=1\`, both unpinned (cores 0–1), with the load generator also on cores 0–1: on a 2-core machine the load generator competes with the workers, so this is the figure a single 2-core host gives, not the workers' ceiling. ${settings.workerRounds} rounds.`);
  out();
  out('| scenario | 1 worker req/s | 2 workers req/s | 2 ÷ 1 | CPU µs/req (1) | CPU µs/req (2, all processes) |');
  out('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, p] of workers)
    out(`| ${name} | ${f0(median(p.a))} | ${f0(median(p.b))} | ${f2(median(p.b.map((b, i) => b / p.a[i]!)))} | ${f0(median(p.cpuA))} | ${f0(median(p.cpuB))} |`);
  out();
  out('## Scale');
  out();
  out('Synthetic datasets from `npm run data:synth -- --articles N --compile` (6 paragraphs, 4 events, 3 quotes, 2 claims, 5 actors of which 4 shared, per article), served from their snapshot. Start-up is from spawning `node dist/bundle/server.js` to its first answer (read the snapshot, build the indexes it does not hold, listen). RSS is the server\'s after the queries; heap and arrays are the dataset\'s alone after a full collection (`scripts/bench/memory.ts`). Query times are the median of sequential requests from one client, in ms, end to end over HTTP, each with a variable the operation does not use, so that every request misses the response cache and its answer is worked out. Goals and the arithmetic: docs/SCALING.md.');
  out();
  for (const line of scaleTable(scaleRows)) out(line);
  out();
  out('## CPU profile');
  out();
  out('`npm run bench -- --profile [--scenario article-page] [--duration 10]` builds, starts the app pinned as above with `node --cpu-prof`, loads it, stops it, and prints the `.cpuprofile` path (under `bench-profiles/`) with the top functions by self time. Open the file in Chrome DevTools or VS Code.');
  out();
  return lines.join('\n');
}

/**
 * The compressed scenarios beside the plain ones they compress: bytes on the wire, and Akhbar's CPU
 * per compressed hit over its CPU per plain hit of the same answer, paired within each round.
 */
function compressedSection(rows: Map<string, Map<Peer, Row>>, out: (s?: string) => void): void {
  const compressed = selected.filter((s) => s.compressed);
  if (compressed.length === 0) return;
  out('## Compressed cached answers');
  out();
  out('Two of the cached answers above asked for with `Accept-Encoding: br` and with `gzip`, in the same rounds, by the same load generator (which does not decode bodies). '
    + 'Akhbar compresses a stored answer once per coding (brotli 5, gzip 6) and keeps it; the bare server sends the same compressed bytes from a Buffer, made once before any load. '
    + 'Before the load, each compressed answer is checked to decode to the plain answer\'s bytes, and the bare server\'s to be the same bytes with the same `Content-Encoding`. '
    + '"÷ plain hit" is Akhbar\'s CPU per compressed request over its CPU per plain request for the same answer, taken within each round and the median reported. Goal: ≤ 1.10.');
  out();
  out('| answer | Accept-Encoding | body bytes on the wire | Akhbar req/s | Akhbar CPU µs/req | ÷ plain hit (CPU) | bare CPU µs/req | bare CPU ÷ CPU |');
  out('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  const worst: { ratio: number; name: string } = { ratio: -Infinity, name: '' };
  for (const plainName of [...new Set(compressed.map((s) => s.compressed!.of))]) {
    const plain = rows.get(plainName)!;
    const plainOurs = plain.get('ours')!;
    out(`| ${plainName} | (none) | ${f0(plainOurs.bytes)} | ${f0(median(plainOurs.rps))} | ${f0(median(plainOurs.cpu))} | 1.00 | ${f0(median(plain.get('bare')!.cpu))} | ${f2(median(plainOurs.cpuRatio))} |`);
    for (const s of compressed.filter((x) => x.compressed!.of === plainName)) {
      const row = rows.get(s.name)!;
      const ours = row.get('ours')!;
      const ratio = median(ours.cpu.map((c, i) => c / plainOurs.cpu[i]!));
      if (ratio > worst.ratio) Object.assign(worst, { ratio, name: s.name });
      out(`| ${plainName} | ${s.compressed!.encoding} | ${f0(ours.bytes)} | ${f0(median(ours.rps))} | ${f0(median(ours.cpu))} | ${f2(ratio)} | ${f0(median(row.get('bare')!.cpu))} | ${f2(median(ours.cpuRatio))} |`);
    }
  }
  out();
  out(`Compressed cached hits within 10 % of plain cached hits in CPU per request: **${worst.ratio <= 1.1 ? 'met' : 'not met'}** (highest ratio ${f2(worst.ratio)}, ${worst.name}).`);
  out();
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  if (process.platform !== 'linux') throw new Error('the benchmark reads /proc and uses taskset: Linux only');
  if (cpus().length < 2) throw new Error('the benchmark pins server and load generator to different cores: it needs 2');
  pinSelf(LOADGEN_CPU);
  if (!flags['no-build']) {
    log('npm run build');
    execFileSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' });
  }
  if (flags.profile) return profile();
  if (flags['scale-only']) {
    console.log(scaleTable(await scale()).join('\n'));
    return;
  }

  const main = await sideBySide();
  const graphiqlBytes = await graphiqlWireBytes();
  const yoga = await versus('yoga 5.3.0 vs current',
    () => startServer('yoga-current', commands.yoga, { YOGA: 'current' }, SERVER_CPU),
    () => startServer('yoga-5.3', commands.yoga, { YOGA: '5.3' }, SERVER_CPU),
    ['article-page', 'event-detail', 'typename'], settings.yogaRounds);
  const workers = await versus('1 vs 2 workers',
    () => startServer('ours-1', commands.ours, { WORKERS: '1' }, '0,1'),
    () => startServer('ours-2', commands.ours, { WORKERS: '2' }, '0,1'),
    ['article-page', 'event-detail'], settings.workerRounds, '0,1');
  const scaleRows = await scale();
  const seconds = (performance.now() - began) / 1000;
  // Hand-written notes after the marker survive a new run.
  const previous = existsSync(flags.out) ? readFileSync(flags.out, 'utf8') : '';
  const notes = previous.includes(NOTES_MARKER) ? previous.slice(previous.indexOf(NOTES_MARKER)) : `${NOTES_MARKER}\n`;
  writeFileSync(flags.out, `${report(main, yoga, workers, scaleRows, graphiqlBytes, seconds)}\n${notes}`);
  log(`wrote ${flags.out}`);
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
