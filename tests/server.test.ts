import { execSync, spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';
import { startChildServer, startServer } from './helpers/server.js';

let url: string;
let close: () => Promise<void>;

beforeAll(async () => ({ url, close } = await startServer()));
afterAll(() => close());

describe('the HTTP server', () => {
  it('answers a POSTed query', async () => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ query: '{ actor(slug: "vladimir-putin") { name { text } } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-language')).toBe('en');
    expect(res.headers.get('vary')).toMatch(/accept-language/i);
    expect(await res.json()).toEqual({ data: { actor: { name: { text: 'Vladimir Putin' } } } });
  });

  it('answers a query sent with GET', async () => {
    const q = encodeURIComponent('{ article(slug: "witkoff-putin-talks-moscow") { publishedOn } }');
    const res = await fetch(`${url}/graphql?query=${q}`, { headers: { accept: 'application/graphql-response+json' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { article: { publishedOn: '2025-08-08' } } });
  });

  it('answers /health', async () => {
    const res = await fetch(`${url}/health`);
    expect(res.status).toBe(200);
  });

  it('serves GraphiQL from the service itself, with fingerprinted, compressed, cacheable assets', async () => {
    const res = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('query ArticleGraph');
    // Nothing loads from another host: every src/href is a path on this server (or inline data).
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(1);
    for (const ref of refs) expect(ref).toMatch(/^(\/|data:)/);
    const assets = refs.filter((r) => r.startsWith('/graphiql/'));
    const workers = [...html.matchAll(/"(\/graphiql\/[^"]+\.worker\.[0-9a-f]+\.js)"/g)].map((m) => m[1]!);
    let wire = Buffer.byteLength(html);
    for (const path of [...assets, ...workers]) {
      const a = await fetch(`${url}${path}`, { headers: { 'accept-encoding': 'br' } });
      expect(a.status, path).toBe(200);
      expect(a.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(a.headers.get('content-encoding')).toBe('br');
      // content-length is the size on the wire; fetch hands back the decoded body.
      wire += Number(a.headers.get('content-length'));
      expect((await a.arrayBuffer()).byteLength).toBeGreaterThan(Number(a.headers.get('content-length')));
      const etag = a.headers.get('etag')!;
      const again = await fetch(`${url}${path}`, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
    }
    expect(wire).toBeLessThan(2 * 1024 * 1024);
  }, 90_000); // a fresh clone compresses the editor bundle on first use (npm run build does it ahead)

  it('answers 404 for an unknown GraphiQL asset', async () => {
    const res = await fetch(`${url}/graphiql/nothing.js`);
    expect(res.status).toBe(404);
  });
});

describe('the entry point', () => {
  it('listens on PORT, logs its URL, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src', 'server.ts')], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', WORKERS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const served = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL logged: ${out}`)), 15_000);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /(http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
    });
    const res = await fetch(served, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('refuses to start with an invalid configuration, naming the variable', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src', 'server.ts')], {
      env: { ...process.env, PORT: 'eighty' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(1);
    expect(err).toMatch(/PORT/);
  });

  it('refuses a data folder that is not a dataset, naming AKHBAR_DATA_DIR', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src', 'server.ts')], {
      env: { ...process.env, PORT: '0', WORKERS: '1', AKHBAR_DATA_DIR: join(projectRoot, 'src') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(1);
    expect(err).toMatch(/AKHBAR_DATA_DIR/);
  });

  it('the production bundle (npm run build:server, what npm start runs) serves the API, GraphiQL and the subgraph', async () => {
    // The same esbuild command as package.json, into a folder of this test's own.
    const script = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['build:server']!;
    const outdir = join('dist', `bundle-test-${process.pid}`);
    execSync(`npx ${script.replace('--outdir=dist/bundle', `--outdir=${outdir}`)}`, { cwd: projectRoot, stdio: 'pipe' });
    try {
      for (const schema of ['plain', 'subgraph']) {
        const { url, child, exited } = await startChildServer({ SCHEMA: schema }, [join(projectRoot, outdir, 'server.js')]);
        const answer = await fetch(`${url}/graphql?query=${encodeURIComponent(schema === 'plain' ? '{ actor(slug: "vladimir-putin") { slug } }' : '{ _service { sdl } }')}`);
        expect(answer.status).toBe(200);
        expect(await answer.text()).toContain(schema === 'plain' ? '"slug":"vladimir-putin"' : '@link');
        if (schema === 'plain') expect((await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } })).status).toBe(200);
        child.kill('SIGTERM');
        expect(await exited).toBe(0);
      }
    } finally {
      rmSync(join(projectRoot, outdir), { recursive: true, force: true });
    }
  }, 120_000);
});
