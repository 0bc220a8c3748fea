import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { EXPLORER_CSP } from '../src/http/static/explorer.js';

/** A built explorer as Vite lays it out: index.html and fingerprinted assets. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'akhbar-explorer-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="ar" dir="rtl"><script type="module" src="/assets/index-AbC123.js"></script></html>');
  writeFileSync(join(dir, 'assets', 'index-AbC123.js'), `console.log(${JSON.stringify('أخبار '.repeat(500))});`);
  writeFileSync(join(dir, 'assets', 'index-XyZ789.css'), 'body { color: #1b1b1b; }\n'.repeat(50));
  return dir;
}

const app = createApp({ explorerDir: fakeBuild() });
const get = (path: string, headers: Record<string, string> = {}) => app.fetch(`http://akhbar.test${path}`, { headers });

describe('the explorer over HTTP', () => {
  it('serves the page at / with a strict CSP, revalidated on every visit', async () => {
    const response = await get('/', { accept: 'text/html' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    expect(EXPLORER_CSP).toContain("script-src 'self'");
    expect(await response.text()).toContain('/assets/index-AbC123.js');
    const etag = response.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/);
    const again = await get('/', { 'if-none-match': etag ?? '' });
    expect(again.status).toBe(304);
  });

  it.each([
    ['br', (b: Uint8Array) => brotliDecompressSync(b)],
    ['gzip', (b: Uint8Array) => gunzipSync(b)],
  ] as const)('serves fingerprinted assets immutable, compressed with %s', async (encoding, decode) => {
    const plain = await get('/assets/index-AbC123.js');
    const identity = new Uint8Array(await plain.arrayBuffer());
    expect(plain.headers.get('content-encoding')).toBeNull();
    const response = await get('/assets/index-AbC123.js', { 'accept-encoding': `${encoding}` });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe(encoding);
    expect(response.headers.get('vary')).toContain('Accept-Encoding');
    const body = new Uint8Array(await response.arrayBuffer());
    expect(body.length).toBeLessThan(identity.length / 4);
    expect(Buffer.from(decode(body)).equals(Buffer.from(identity))).toBe(true);
  });

  it('prefers brotli when both are accepted, and serves stylesheets as CSS', async () => {
    const response = await get('/assets/index-XyZ789.css', { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404 for an asset that is not there, and leaves other paths to yoga', async () => {
    expect((await get('/assets/index-gone.js')).status).toBe(404);
    expect((await get('/health')).status).toBe(200);
    const graphql = await app.fetch('http://akhbar.test/graphql', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ dataset { schemaVersion } }' }),
    });
    expect(graphql.status).toBe(200);
  });

  it('says how to build it when it is not built', async () => {
    const unbuilt = createApp({ explorerDir: join(tmpdir(), 'akhbar-no-such-build') });
    const response = await unbuilt.fetch('http://akhbar.test/');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
  });
});
