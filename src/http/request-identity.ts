/**
 * What a request is, decided once at the edge, before anything reads it: the URL that will be
 * executed and the response cache's key. The cache is shared by every client, so anything that
 * can change what a request receives is either part of the key or never passed on.
 *
 * - The URL yoga executes is `FIXED_ORIGIN` + the request target. `Host` (and every other header)
 *   never takes part in it: a `Host` of `x/graphql?query=…#` once turned the real target into a
 *   fragment and ran the query it named, stored under the victim's key.
 * - A malformed `Host` or request target is refused with 400 `BAD_REQUEST` before anything runs.
 * - A cacheable GraphQL request reaches yoga with only the headers in its key (`forwardedHeaders`);
 *   the rest are dropped, so no header outside the key can change the answer.
 */
import type { IncomingMessage } from 'node:http';
import { type Language, negotiateLanguage } from '../context.js';

/** The origin of every URL the app executes: fixed, never taken from the request. */
export const FIXED_ORIGIN = 'http://localhost';
const FIXED_HOST = 'localhost';

/**
 * A `Host` value as RFC 9110 §7.2 allows it: a reg-name, IPv4 or bracketed IPv6 address, and an
 * optional port up to 65535. Empty is allowed (a target without authority). Hand-written: no
 * well-kept library validates just this, and `new URL` accepts hosts Node's parser would not.
 */
function isValidHost(host: string | undefined): boolean {
  if (host === undefined || host === '') return true;
  const match = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~!$&'()*+,;=%-]+)(?::(\d{0,5}))?$/.exec(host);
  if (!match) return false;
  const port = match[2];
  return port === undefined || port === '' || Number(port) <= 65_535;
}

/**
 * The origin-form target (`/path?query`) of a request target: origin-form as it is, absolute-form
 * (`http://host/path?query`, RFC 9112 §3.2.2) reduced to its path and query, its authority ignored
 * like `Host`. `undefined` for anything else: `*`, a fragment, or a target that would leave the
 * fixed origin once resolved.
 */
function originFormTarget(url: string | undefined): string | undefined {
  if (!url) return undefined;
  // The common case needs no URL parser: a path that cannot name another authority once
  // appended to the fixed origin (not `//host` nor `/\\host`) and holds no fragment.
  if (url.charCodeAt(0) === 0x2f && url[1] !== '/' && url[1] !== '\\' && !url.includes('#')) return url;
  let target = url;
  if (!url.startsWith('/')) {
    if (!/^https?:\/\//i.test(url)) return undefined;
    try {
      const absolute = new URL(url);
      target = absolute.pathname + absolute.search;
    } catch {
      return undefined;
    }
  }
  if (target.includes('#')) return undefined;
  try {
    return new URL(FIXED_ORIGIN + target).origin === FIXED_ORIGIN ? target : undefined;
  } catch {
    return undefined;
  }
}

/** The request's origin-form target, or why it cannot be served at all (for the 400 it gets). */
export function checkedTarget(req: IncomingMessage): { target: string } | { malformed: string } {
  if (!isValidHost(req.headers.host)) return { malformed: 'The Host header is not a valid host[:port].' };
  const target = originFormTarget(req.url);
  return target === undefined ? { malformed: 'The request target is not a path (/graphql?…) or an http(s) URL.' } : { target };
}

/**
 * Makes `req` safe to hand to yoga's own node:http adapter (for what the response cache does not
 * handle: static files, GraphiQL, large or chunked POSTs): the target in origin form and `Host`
 * fixed, so the URL executed is `FIXED_ORIGIN` + target (from `checkedTarget`).
 */
export function pinRequest(req: IncomingMessage, target: string): void {
  req.url = target;
  req.headers.host = FIXED_HOST;
  normaliseMediaTypes(req.headers);
}

/** Media types are case-insensitive (RFC 9110 §8.3.1): `APPLICATION/JSON` is JSON to yoga too. */
function normaliseMediaTypes(headers: IncomingMessage['headers']): void {
  if (headers['content-type']) headers['content-type'] = headers['content-type'].toLowerCase();
  if (headers.accept) headers.accept = headers.accept.toLowerCase();
}

/** Everything that decides a cacheable GraphQL answer, read once from the request. */
export interface RequestIdentity {
  readonly method: 'GET' | 'POST';
  /** The origin-form target: path and query. */
  readonly target: string;
  readonly language: Language;
  /** `Accept`, lower-cased: yoga picks the media type (and status codes) from it. */
  readonly accept: string;
  /** `Content-Type` of a POST, lower-cased. */
  readonly contentType: string;
  /** `Origin`: CORS headers depend on it when only some origins are allowed. */
  readonly origin: string;
}

/** The identity of a GET or POST on the GraphQL endpoint, at `target` (from `checkedTarget`). */
export function requestIdentity(req: IncomingMessage, method: 'GET' | 'POST', target: string): RequestIdentity {
  return {
    method,
    target,
    language: negotiateLanguage(req.headers['accept-language']),
    accept: (req.headers.accept ?? '').toLowerCase(),
    contentType: method === 'POST' ? (req.headers['content-type'] ?? '').toLowerCase() : '',
    origin: req.headers.origin ?? '',
  };
}

/**
 * The response cache's key: every part of the identity and the body. Encoding is not in it: one
 * entry keeps each content coding of the same answer (see response-cache.ts).
 */
export function cacheKey(identity: RequestIdentity, body: Buffer | undefined): string {
  const { method, target, language, accept, contentType, origin } = identity;
  const head = `${method} ${target}\n${language}\n${accept}\n${contentType}\n${origin}\n`;
  return body === undefined ? head : head + body.toString('latin1');
}

/** The only headers a cacheable request passes to yoga: those its key holds, and nothing else. */
export function forwardedHeaders(identity: RequestIdentity, bodyLength: number | undefined): Headers {
  const headers = new Headers({ 'accept-language': identity.language });
  if (identity.accept) headers.set('accept', identity.accept);
  if (identity.origin) headers.set('origin', identity.origin);
  if (bodyLength !== undefined) {
    if (identity.contentType) headers.set('content-type', identity.contentType);
    headers.set('content-length', String(bodyLength));
  }
  return headers;
}
