/**
 * Apollo Client 4 in Chromium, on another origin than Akhbar's, with `clientAwareness` on and a
 * `traceparent` header: the page (tests/clients/browser/, built by Vite in development mode, where
 * Apollo warns) is served by a static server of the test's own on another port of 127.0.0.1. The
 * browser preflights every request; it runs every operation of schema/operations only if the
 * preflight admitted the headers Apollo adds. No console message is allowed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { hasChromium, launchChromium } from '../helpers/browser.js';
import { startServer } from '../helpers/server.js';
import { operations } from './operations.js';

const CLIENT_HEADERS = ['apollographql-client-name', 'apollographql-client-version', 'traceparent'];
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** Serves a folder on 127.0.0.1, on a free port: the frontend's origin. */
async function serveFolder(folder: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = normalize(pathname === '/' ? '/index.html' : pathname);
    readFile(join(folder, path)).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe.skipIf(!hasChromium)('Apollo Client in Chromium, from another origin', () => {
  let buildDir: string;
  let browser: Browser;
  let page: Page;
  let endpoint: string;
  let frontendOrigin: string;
  let closeAkhbar: () => Promise<void>;
  let frontend: Server;
  /** What reached Akhbar: each request's method and headers. */
  const received: { method: string; headers: IncomingHttpHeaders }[] = [];
  /** What the page printed on its console, and its uncaught errors. */
  const pageMessages: string[] = [];

  beforeAll(async () => {
    buildDir = mkdtempSync(join(tmpdir(), 'akhbar-apollo-page-'));
    await build({
      configFile: false,
      root: join(projectRoot, 'tests', 'clients', 'browser'),
      mode: 'development',
      logLevel: 'silent',
      // Apollo's development build (`__DEV__` true), which warns on the console.
      resolve: { conditions: ['module', 'browser', 'development'] },
      build: { outDir: buildDir, emptyOutDir: true, minify: false, target: 'es2022', modulePreload: { polyfill: false } },
    });
    const akhbar = await startServer();
    endpoint = `${akhbar.url}/graphql`;
    closeAkhbar = akhbar.close;
    akhbar.server.on('request', (request) => received.push({ method: request.method ?? '', headers: request.headers }));
    ({ origin: frontendOrigin, server: frontend } = await serveFolder(buildDir));
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('console', (message) => pageMessages.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => pageMessages.push(`pageerror: ${error.message}`));
    await page.goto(`${frontendOrigin}/`, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForFunction(() => typeof window.runOperations === 'function', undefined, { timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => frontend?.close(resolve));
    await closeAkhbar?.();
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  });

  it('runs the page on another origin than the API', () => {
    expect(new URL(frontendOrigin).origin).not.toBe(new URL(endpoint).origin);
  });

  it('is Apollo\'s development build, which reports problems on the console', async () => {
    await page.evaluate((url) => window.writeIncomplete(url), endpoint);
    expect(pageMessages.join('\n')).toMatch(/Missing field .* slug/);
    pageMessages.length = 0;
  });

  it('runs every operation of schema/operations: the data arrives, with no console message', async () => {
    const results = await page.evaluate(([url, ops]) => window.runOperations(url, ops), [endpoint, operations] as const);
    expect(results.map((r) => [r.name, r.error])).toEqual(operations.map((o) => [o.name, null]));
    const event = results.find((r) => r.name === 'EventDetail')?.data as { event: { slug: string } } | undefined;
    expect(event?.event.slug).toBe('witkoff-putin-talks-moscow');
    const dataset = results.find((r) => r.name === 'DatasetInfo')?.data as { dataset: { counts: { articles: number } } } | undefined;
    expect(dataset?.dataset.counts.articles).toBeGreaterThan(0);
    expect(pageMessages).toEqual([]);
  }, 60_000);

  it('was preflighted for the client-awareness and tracing headers, which the answer admits', async () => {
    const preflights = received.filter((r) => r.method === 'OPTIONS');
    expect(preflights.length).toBeGreaterThan(0);
    for (const { headers } of preflights) {
      expect(headers.origin).toBe(frontendOrigin);
      const asked = String(headers['access-control-request-headers']).split(',').map((h) => h.trim().toLowerCase());
      expect(asked).toEqual(expect.arrayContaining(CLIENT_HEADERS));
    }
    // The answer to that very preflight, asked again: it names every header the browser asked for.
    const { origin, 'access-control-request-method': method, 'access-control-request-headers': asked } = preflights[0]!.headers;
    const answer = await fetch(endpoint, {
      method: 'OPTIONS',
      headers: { origin: String(origin), 'access-control-request-method': String(method), 'access-control-request-headers': String(asked) },
    });
    expect(answer.ok).toBe(true);
    expect(answer.headers.get('access-control-allow-origin')).toMatch(new RegExp(`^(\\*|${frontendOrigin})$`));
    const allowed = (answer.headers.get('access-control-allow-headers') ?? '').split(',').map((h) => h.trim().toLowerCase());
    expect(allowed).toEqual(expect.arrayContaining(CLIENT_HEADERS));
  });

  it('sent the headers with every query, which the browser does only once a preflight admitted them', () => {
    const posts = received.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(operations.length);
    for (const { headers } of posts) {
      expect(headers.origin).toBe(frontendOrigin);
      expect(headers['apollographql-client-name']).toBe('akhbar-browser-test');
      expect(headers['apollographql-client-version']).toBe('2.0.0');
      expect(headers.traceparent).toMatch(/^00-/);
    }
  });
});
