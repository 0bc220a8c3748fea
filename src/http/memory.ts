/**
 * What a process keeps per request shape, each store bounded in bytes, so that the memory of a
 * worker has a bound one can state (README "Memory"):
 *
 *   response cache (answers, keys and compressed copies; response-cache.ts)   64 MiB
 * + parsed documents (yoga's document cache, with their validation results)   16 MiB
 * + parse errors (yoga's error cache)                                           4 MiB
 * + persisted documents: the operations in schema/operations, fixed at start-up
 *
 * yoga's own caches hold 1,024 entries each whatever their size, and a document of 64 KB of
 * comments retains ~260 KB once parsed (its token list is kept for error locations), so they are
 * replaced here by `lru-cache` stores bounded in bytes, sized by an estimate that errs high.
 */
import type { DocumentNode, Token } from 'graphql';
import { LRUCache } from 'lru-cache';

/** The response cache's bound (response-cache.ts), in bytes. */
export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;
export const DEFAULT_DOCUMENT_CACHE_BYTES = 16 * 1024 * 1024;
const DEFAULT_ERROR_CACHE_BYTES = 4 * 1024 * 1024;

/** Bytes a parsed document retains per token (nodes, tokens, locations): measured ~290, rounded up. */
const BYTES_PER_TOKEN = 400;
/** Bytes a parse error retains besides its source text (message, locations, the error itself). */
const BYTES_PER_ERROR = 2_048;

/** Tokens in a parsed document, comments included (the lexer links them all). */
function tokenCount(document: DocumentNode): number {
  let count = 0;
  for (let token: Token | null | undefined = document.loc?.startToken; token; token = token.next) count++;
  return count;
}

/** The source text as a string retains it: two bytes a character at most. */
const textBytes = (source: string) => 2 * source.length;

/** yoga's `parserAndValidationCache` option: its document and error caches, bounded in bytes. */
export function boundedParserCaches(documentBytes = DEFAULT_DOCUMENT_CACHE_BYTES, errorBytes = DEFAULT_ERROR_CACHE_BYTES) {
  return {
    documentCache: new LRUCache<string, DocumentNode>({
      maxSize: documentBytes,
      maxEntrySize: Math.floor(documentBytes / 4),
      sizeCalculation: (document, source) => textBytes(source) + BYTES_PER_TOKEN * tokenCount(document),
    }),
    errorCache: new LRUCache<string, object>({
      maxSize: errorBytes,
      maxEntrySize: Math.floor(errorBytes / 4),
      sizeCalculation: (_error, source) => textBytes(source) + BYTES_PER_ERROR,
    }),
  };
}

/** The bound README states: every store above at its limit (persisted documents aside: fixed). */
export function retainedBound(limits: { responseCacheBytes: number; documentCacheBytes: number }): number {
  return limits.responseCacheBytes + limits.documentCacheBytes + DEFAULT_ERROR_CACHE_BYTES;
}
