/**
 * Serving a prepared static file (GraphiQL's assets, the explorer's bundle): the best encoding
 * the client accepts, caching headers, `304` for a matching `If-None-Match` (http-caching.ts
 * holds the rules, shared with the GraphQL answers).
 */
import { etagFor, matchingEtag, negotiateEncoding } from '../http-caching.js';

/** A file ready to serve: its bytes as they are and, when compressible, compressed. */
export interface StaticAsset {
  /** The URL path it is served at. */
  readonly path: string;
  readonly type: string;
  readonly identity: Uint8Array<ArrayBuffer>;
  readonly br?: Uint8Array<ArrayBuffer>;
  readonly gzip?: Uint8Array<ArrayBuffer>;
  readonly etag: string;
  readonly cacheControl: string;
}

/** The asset's answer to `request`; `extra` headers (a Content-Security-Policy, say) are added. */
export function serveAsset(request: Request, a: StaticAsset, extra: Record<string, string> = {}): Response {
  const negotiated = negotiateEncoding(request.headers.get('accept-encoding') ?? undefined);
  const encoding = negotiated && a[negotiated] ? negotiated : undefined;
  const body = encoding ? a[encoding] as Uint8Array<ArrayBuffer> : a.identity;
  // Each content coding is a representation of its own, with an ETag of its own.
  const etag = etagFor(a.etag, encoding);
  const headers = new Headers({
    'content-type': a.type,
    'cache-control': a.cacheControl,
    etag,
    vary: 'Accept-Encoding',
    'x-content-type-options': 'nosniff',
    ...extra,
  });
  const matched = matchingEtag(request.headers.get('if-none-match') ?? undefined, etag);
  if (matched) {
    headers.set('etag', matched);
    return new Response(null, { status: 304, headers });
  }
  if (encoding) headers.set('content-encoding', encoding);
  headers.set('content-length', String(body.length));
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}
