/**
 * GraphiQL, served by the service itself: no CDN, so it works offline and behind firewalls.
 *
 * The editor comes from `@graphql-yoga/render-graphiql` (yoga's own GraphiQL, bundled into the
 * package). Its page inlines ~9 MB of script; we split it into fingerprinted assets (the app, its
 * stylesheet and three web workers) served with year-long immutable caching and precompressed
 * (brotli or gzip, as the client accepts), plus a small HTML page. Nothing is read or compressed
 * until the first request for GraphiQL, so start-up does not pay for it.
 *
 * Brotli at its best quality takes ~10 s of CPU for the editor bundle, so its output is cached on
 * disk (keyed by the content's hash) and `npm run build` fills the cache ahead of time.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';
import { projectRoot } from '../../paths.js';
import { serveAsset, type StaticAsset } from './static-asset.js';

const GRAPHIQL_ASSETS_PATH = '/graphiql/';

/** The example GraphiQL opens on: article → events → participants → their quotes, with evidence. */
export const defaultQuery = `# Akhbar: an Arabic news article as a linked,
# evidence-backed knowledge graph.
#
# Run it with the play button (Ctrl/Cmd-Enter).
# Language: add {"Accept-Language": "ar"} or "en" in Headers.
# Every type is documented: open the book icon, top left.

query ArticleGraph {
  article(slug: "witkoff-putin-talks-moscow") {
    headline { text }
    publishedOn
    dateline { name { text } }
    events(first: 5, orderBy: { field: DATE }) {
      totalCount
      nodes {
        title { text }
        status
        date { value precision isInferred }
        participants {
          role
          actor {
            __typename
            name { text }
            quotes(first: 2) {
              nodes {
                kind
                text { text }
                evidence { excerpt start end paragraph { slug } }
              }
            }
          }
        }
        evidence { excerpt }
      }
    }
  }
}
`;

type Asset = StaticAsset & { readonly br: Uint8Array<ArrayBuffer>; readonly gzip: Uint8Array<ArrayBuffer> };

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const cacheDir = join(projectRoot, 'node_modules', '.cache', 'akhbar-graphiql');

/** Brotli at quality 11, from the disk cache when this content was compressed before. */
async function brotliCached(content: Uint8Array, hash: string): Promise<Uint8Array<ArrayBuffer>> {
  const path = join(cacheDir, `${hash}.br`);
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    // Not cached yet: compress off the event loop (zlib's thread pool), then cache, best effort.
    const compressed = new Uint8Array(await brotli(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    }));
    try {
      await mkdir(cacheDir, { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, compressed);
      await rename(temporary, path);
    } catch { /* a read-only install still serves, it only compresses again next start */ }
    return compressed;
  }
}

async function asset(name: string, ext: string, type: string, body: string, cacheControl?: string): Promise<Asset> {
  const identity = new Uint8Array(Buffer.from(body, 'utf8'));
  const fullHash = createHash('sha256').update(identity).digest('hex');
  const hash = fullHash.slice(0, 16);
  return {
    path: cacheControl ? name : `${GRAPHIQL_ASSETS_PATH}${name}.${hash}.${ext}`,
    type,
    identity,
    gzip: new Uint8Array(await gz(identity, { level: 9 })),
    br: await brotliCached(identity, fullHash),
    etag: `"${hash}"`,
    cacheControl: cacheControl ?? 'public, max-age=31536000, immutable',
  };
}

interface Bundle { readonly page: Asset; readonly csp: string; readonly assets: ReadonlyMap<string, Asset> }

/**
 * GraphiQL's Content-Security-Policy: this origin only, its two inline scripts by hash, its
 * editor's workers, and inline styles (the editor sets them from script); never in a frame.
 */
function graphiqlCsp(inlineScripts: string[]): string {
  const hashes = inlineScripts.map((script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`);
  return [
    "default-src 'none'", `script-src 'self' ${hashes.join(' ')}`, "worker-src 'self'", "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:", "font-src 'self' data:", "connect-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
  ].join('; ');
}

let bundle: Promise<Bundle> | undefined;

/** Builds (once, on first use) the GraphiQL page and its assets. */
export function loadBundle(endpoint: string): Promise<Bundle> {
  bundle ??= (async () => {
    const g = await import('@graphql-yoga/render-graphiql/graphiql');
    const script = 'text/javascript; charset=utf-8';
    const [css, js, editorWorkerService, json, graphql] = await Promise.all([
      asset('graphiql', 'css', 'text/css; charset=utf-8', g.css),
      asset('graphiql', 'js', script, g.js),
      asset('editor.worker', 'js', script, g.editorWorkerService),
      asset('json.worker', 'js', script, g.jsonWorker),
      asset('graphql.worker', 'js', script, g.graphqlWorker),
    ]);
    const workers = { editorWorkerService, json, graphql };
    const options = {
      title: 'Akhbar GraphiQL',
      endpoint,
      defaultQuery,
      defaultEditorToolsVisibility: true,
      headerEditorEnabled: true,
    };
    const toScript = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');
    const monaco = `
      self.MonacoEnvironment = {
        globalAPI: false,
        getWorkerUrl: function (moduleId, label) {
          return ${toScript(Object.fromEntries(Object.entries(workers).map(([k, v]) => [k, v.path])))}[label];
        },
      };
    `;
    const render = `
      YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), ${toScript(options)});
    `;
    const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Akhbar GraphiQL</title>
    <link rel="icon" href="${g.favicon}" />
    <link rel="stylesheet" href="${css.path}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript. The API itself answers POST and GET requests at ${endpoint}.</noscript>
    <div id="root"></div>
    <script>${monaco}</script>
    <script src="${js.path}"></script>
    <script>${render}</script>
  </body>
</html>
`;
    // On the API's own URL: a shared cache must never keep it (and answer JSON clients with it).
    const page = await asset(endpoint, 'html', 'text/html; charset=utf-8', html, 'private, no-cache');
    const csp = graphiqlCsp([monaco, render]);
    return { page, csp, assets: new Map([css, js, ...Object.values(workers)].map((a) => [a.path, a])) };
  })();
  return bundle;
}

/** Whether a GET on the GraphQL endpoint is a browser asking for a page rather than a query. */
function wantsPage(request: Request, url: URL): boolean {
  return !url.searchParams.has('query') && (request.headers.get('accept') ?? '').includes('text/html');
}

/** A yoga plugin that answers GraphiQL's page and assets before yoga's GraphQL handling. */
export function useSelfHostedGraphiQL(endpoint: string): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (url.pathname === endpoint && wantsPage(request, url))
        return loadBundle(endpoint).then((b) => endResponse(serveAsset(request, b.page, { 'content-security-policy': b.csp, vary: 'Accept, Accept-Encoding' })));
      if (url.pathname.startsWith(GRAPHIQL_ASSETS_PATH))
        return loadBundle(endpoint).then((b) => {
          const a = b.assets.get(url.pathname);
          endResponse(a ? serveAsset(request, a) : new Response('Not Found', { status: 404, headers: { 'content-type': 'text/plain' } }));
        });
    },
  };
}
