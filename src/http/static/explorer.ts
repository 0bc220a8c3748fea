/**
 * The explorer (web/, built by Vite into dist/web by `npm run build`), served by the service at
 * `/`, its script and stylesheet at `/assets/…`.
 *
 * Vite fingerprints the asset names, so they are cached for a year as immutable; the page itself
 * is revalidated on every visit (`no-cache` with an ETag, so usually a 304), so that a new build
 * is seen at once and never points at assets that are gone. Everything is compressed once, on
 * the first request, with brotli and gzip, and served in the best encoding the client accepts.
 * The page's Content-Security-Policy allows only this origin: no CDN, no inline script.
 *
 * The server never imports Vite: it only reads the built folder. When that folder is missing
 * (`npm run dev` before any build) `/` says how to build it.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';
import { projectRoot } from '../../paths.js';
import { serveAsset, type StaticAsset } from './static-asset.js';

const EXPLORER_ASSETS_PATH = '/assets/';
const defaultExplorerDir = join(projectRoot, 'dist', 'web');

export const EXPLORER_CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "font-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json']);

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function load(file: string, path: string, cacheControl: string): Promise<StaticAsset> {
  const identity = new Uint8Array(await readFile(file));
  const ext = extname(file);
  const compress = COMPRESSIBLE.has(ext);
  return {
    path,
    type: TYPES[ext] ?? 'application/octet-stream',
    identity,
    br: compress ? new Uint8Array(await brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } })) : undefined,
    gzip: compress ? new Uint8Array(await gz(identity, { level: 9 })) : undefined,
    etag: `"${createHash('sha256').update(identity).digest('hex').slice(0, 16)}"`,
    cacheControl,
  };
}

interface ExplorerBundle { readonly page: StaticAsset; readonly assets: ReadonlyMap<string, StaticAsset> }

/** Reads and compresses a built explorer folder (index.html and assets/). Rejects when it is not built. */
async function loadExplorer(dir: string): Promise<ExplorerBundle> {
  const page = await load(join(dir, 'index.html'), '/', 'no-cache');
  const assetsDir = join(dir, 'assets');
  // Vite writes the assets flat into assets/, each name carrying its content hash.
  const files = (await readdir(assetsDir, { withFileTypes: true })).filter((f) => f.isFile()).map((f) => f.name);
  const assets = await Promise.all(files.map((name) => load(join(assetsDir, name), EXPLORER_ASSETS_PATH + name, 'public, max-age=31536000, immutable')));
  return { page, assets: new Map(assets.map((a) => [a.path, a])) };
}

const text = (status: number, body: string) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

/** A yoga plugin serving the built explorer from `dir` (dist/web by default) at `/` and `/assets/`. */
export function useExplorer(dir: string = defaultExplorerDir): Plugin {
  let bundle: Promise<ExplorerBundle> | undefined;
  const get = () => {
    // A failed load (not built yet) is not remembered: a build made meanwhile is picked up.
    bundle ??= loadExplorer(dir).catch((error: unknown) => {
      bundle = undefined;
      throw error;
    });
    return bundle;
  };
  return {
    onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const isPage = url.pathname === '/';
      if (!isPage && !url.pathname.startsWith(EXPLORER_ASSETS_PATH)) return;
      return get().then(
        (b) => {
          if (isPage) return endResponse(serveAsset(request, b.page, { 'content-security-policy': EXPLORER_CSP, 'referrer-policy': 'no-referrer' }));
          const a = b.assets.get(url.pathname);
          endResponse(a ? serveAsset(request, a) : text(404, 'Not Found'));
        },
        () => endResponse(text(503, `The explorer is not built: run \`npm run build\` (npm start does), or \`npm run build:web\`. Expected it in ${dir}.`)),
      );
    },
  };
}
