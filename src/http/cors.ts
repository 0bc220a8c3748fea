/**
 * CORS for a public, read-only API. Written here rather than with yoga's `cors` option, which for
 * `*` echoes back whatever Origin asks (and so allows credentials), and for a list answers
 * `Access-Control-Allow-Origin: null` to an origin it refuses, which sandboxed pages (origin
 * "null") then match.
 *
 * - `*` (the default): `Access-Control-Allow-Origin: *` on every answer, never credentials.
 * - a list: the request's origin when listed (with `Vary: Origin`), no CORS headers otherwise.
 */
import type { Plugin } from 'graphql-yoga';

export const CORS_METHODS = 'GET, POST';
export const CORS_REQUEST_HEADERS = 'Content-Type, Accept, Accept-Language, If-None-Match';
export const CORS_EXPOSED_HEADERS = 'Content-Language, ETag';
export const CORS_MAX_AGE_SECONDS = 86_400;

function allowedOrigin(origins: '*' | ReadonlySet<string>, origin: string | null): string | undefined {
  if (origin === null) return undefined;
  if (origins === '*') return '*';
  return origins.has(origin) ? origin : undefined;
}

export function useCors(corsOrigins: '*' | readonly string[] = '*'): Plugin {
  const origins = corsOrigins === '*' ? '*' : new Set(corsOrigins);
  return {
    onRequest({ request, endResponse }) {
      if (request.method !== 'OPTIONS') return;
      const headers = new Headers({ 'content-length': '0' });
      const allowed = allowedOrigin(origins, request.headers.get('origin'));
      if (origins !== '*') headers.set('vary', 'Origin');
      if (allowed !== undefined && request.headers.has('access-control-request-method')) {
        headers.set('access-control-allow-origin', allowed);
        headers.set('access-control-allow-methods', CORS_METHODS);
        headers.set('access-control-allow-headers', CORS_REQUEST_HEADERS);
        headers.set('access-control-max-age', String(CORS_MAX_AGE_SECONDS));
      }
      endResponse(new Response(null, { status: 204, headers }));
    },
    onResponse({ request, response }) {
      if (origins !== '*') response.headers.append('vary', 'Origin');
      // With `*`, every answer says so, Origin or not: a CDN may then serve one cached copy to all.
      const allowed = origins === '*' ? '*' : allowedOrigin(origins, request.headers.get('origin'));
      if (allowed === undefined) return;
      response.headers.set('access-control-allow-origin', allowed);
      response.headers.set('access-control-expose-headers', CORS_EXPOSED_HEADERS);
    },
  };
}
