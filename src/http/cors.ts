/**
 * CORS for a public, read-only API. Written here rather than with yoga's `cors` option, which for
 * `*` echoes back whatever Origin asks (and so allows credentials), and for a list answers
 * `Access-Control-Allow-Origin: null` to an origin it refuses, which sandboxed pages (origin
 * "null") then match.
 *
 * - `*` (the default): `Access-Control-Allow-Origin: *` on every answer, never credentials.
 * - a list: the request's origin when listed (with `Vary: Origin`), no CORS headers otherwise.
 *
 * A preflight admits whatever request headers it asks for (`Access-Control-Request-Headers`):
 * real clients send their own (Apollo's `apollographql-client-name`, tracing's `traceparent` and
 * `sentry-trace`, `x-request-id`), and since credentials are never allowed a header cannot carry
 * a user's authority. Browsers cache the answer for CORS_MAX_AGE_SECONDS (Chromium caps it at 2 h).
 */
import type { Plugin } from 'graphql-yoga';

const CORS_METHODS = 'GET, POST';
/** At most this many characters of `Access-Control-Request-Headers` are admitted. */
const MAX_REQUEST_HEADERS_LENGTH = 1024;
const CORS_EXPOSED_HEADERS = 'Content-Language, ETag';
const CORS_MAX_AGE_SECONDS = 86_400;

/** The header names a preflight asks for, as a list to echo back; undefined when malformed. */
function requestedHeaders(value: string | null): string | undefined {
  if (value === null) return undefined;
  const names = value.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const token = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/; // RFC 9110 field-name
  if (value.length > MAX_REQUEST_HEADERS_LENGTH || !names.every((name) => token.test(name))) return undefined;
  return names.join(', ') || undefined;
}

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
      headers.set('vary', origins === '*' ? 'Access-Control-Request-Headers' : 'Origin, Access-Control-Request-Headers');
      if (allowed !== undefined && request.headers.has('access-control-request-method')) {
        headers.set('access-control-allow-origin', allowed);
        headers.set('access-control-allow-methods', CORS_METHODS);
        const asked = requestedHeaders(request.headers.get('access-control-request-headers'));
        if (asked !== undefined) headers.set('access-control-allow-headers', asked);
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
