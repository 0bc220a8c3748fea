/**
 * Serving a prepared static file (GraphiQL's assets, the explorer's bundle): the best encoding
 * the client accepts, caching headers, `304` for a matching `If-None-Match`.
 */

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
  const headers = new Headers({
    'content-type': a.type,
    'cache-control': a.cacheControl,
    etag: a.etag,
    vary: 'Accept-Encoding',
    'x-content-type-options': 'nosniff',
    ...extra,
  });
  if (request.headers.get('if-none-match') === a.etag) return new Response(null, { status: 304, headers });
  const accepted = request.headers.get('accept-encoding') ?? '';
  const [body, encoding] = a.br && /\bbr\b/.test(accepted) ? [a.br, 'br'] : a.gzip && /\bgzip\b/.test(accepted) ? [a.gzip, 'gzip'] : [a.identity, undefined];
  if (encoding) headers.set('content-encoding', encoding);
  headers.set('content-length', String(body.length));
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}
