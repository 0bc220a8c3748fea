/**
 * HTTP caching and content negotiation shared by every answer the service stores or prepares
 * (GraphQL answers in the response cache, the explorer's and GraphiQL's files):
 *
 * - content coding from `Accept-Encoding` (RFC 9110 §12.5.3, q-values and `q=0` honoured), with
 *   `negotiator` (jshttp, the parser behind Express' `compression`);
 * - `If-None-Match` (RFC 9110 §13.1.2): a list, `*`, weak tags (`W/`), compared weakly;
 * - the ETag of one representation: each content coding is a representation of its own.
 */
import { LRUCache } from 'lru-cache';
import Negotiator from 'negotiator';

/** The content codings the service produces, best first (brotli is smaller than gzip). */
const ENCODINGS = ['br', 'gzip'] as const;
export type Encoding = (typeof ENCODINGS)[number];
const AVAILABLE = [...ENCODINGS, 'identity'];

/** Bodies smaller than this are sent as they are: compressing them saves less than it costs. */
export const MIN_COMPRESSIBLE_BYTES = 1_024;

/**
 * The content coding to answer with: the acceptable one with the highest q-value, brotli before
 * gzip on a tie; `undefined` for identity. When the client refuses everything we have (even
 * `identity;q=0`), identity is sent all the same (RFC 9110 allows it; a 406 helps nobody).
 */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  // Clients send a handful of distinct values: remember each one's answer (a pure function).
  const known = negotiated.get(acceptEncoding);
  if (known !== undefined) return known || undefined;
  const chosen = chooseEncoding(acceptEncoding);
  negotiated.set(acceptEncoding, chosen ?? '');
  return chosen;
}

const negotiated = new LRUCache<string, Encoding | ''>({ max: 256 });

function chooseEncoding(acceptEncoding: string): Encoding | undefined {
  const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } });
  // negotiator 1.x takes a preference for ties; @types/negotiator still describes 0.6.
  const chosen = (negotiator.encoding as (available: string[], options: { preferred: string[] }) => string | undefined)
    .call(negotiator, AVAILABLE, { preferred: AVAILABLE });
  return chosen === 'br' || chosen === 'gzip' ? chosen : undefined;
}

/** The ETag of the `encoding` representation of an answer whose identity tag is `"<opaque>"`. */
export function etagFor(identityTag: string, encoding: Encoding | undefined): string {
  return encoding ? `${identityTag.slice(0, -1)}-${encoding}"` : identityTag;
}

/** The opaque part of an entity tag, weak or strong: `W/"x"` and `"x"` both give `x`. */
const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/**
 * The tag in `If-None-Match` that matches one of an answer's representations (weak comparison,
 * as RFC 9110 asks for this header), or `undefined`. `*` matches the one being sent. Any coding's
 * tag matches: the client's cache then reuses the copy it holds, which it could decode when it
 * stored it, and the 304 names that tag so the cache knows which copy is meant.
 */
export function matchingEtag(header: string | undefined, sent: string): string | undefined {
  if (header === undefined) return undefined;
  if (header.trim() === '*') return sent;
  const candidates = [sent, ...ENCODINGS.map((e) => etagFor(identityEtag(sent), e)), identityEtag(sent)];
  // Entity tags cannot contain commas or quotes inside, so splitting on commas is exact.
  const listed = new Set(header.split(',').map(opaque));
  return candidates.find((tag) => listed.has(tag));
}

/** The identity coding's tag from any coding's tag: `"x-br"` gives `"x"`. */
function identityEtag(etag: string): string {
  return etag.replace(new RegExp(`-(${ENCODINGS.join('|')})"$`), '"');
}

/** The headers a 304 repeats from the 200 it stands for (RFC 9110 §15.4.5), besides CORS ones. */
const KEPT_BY_304 = new Set(['etag', 'cache-control', 'vary', 'content-location', 'expires', 'content-language']);

/** The header list of the 304 that stands for a 200 with `headers`. */
export function notModifiedHeaders(headers: Iterable<readonly [string, string]>): [string, string][] {
  const kept: [string, string][] = [];
  for (const [name, value] of headers)
    if (KEPT_BY_304.has(name) || name.startsWith('access-control-')) kept.push([name, value]);
  return kept;
}
