/**
 * Persisted documents: the operations in schema/operations, addressable by the SHA-256 of their
 * canonical text (`print(parse(source))`), so that a client can send
 * `GET /graphql?documentId=sha256:<hex>&variables=…` — a short, cacheable URL that browsers and
 * CDNs keep. Arbitrary queries keep working. Two yoga plugins do the work; this module builds
 * their stores and says where an id may come from:
 * - `documentId` (GraphQL over HTTP persisted documents), in the URL or the JSON body, with or
 *   without the `sha256:` prefix: only the operations of schema/operations;
 * - Apollo's automatic persisted queries (`extensions.persistedQuery.sha256Hash`): the operations
 *   of schema/operations, and any query a client registers by sending it with its hash (the hash
 *   is checked). Registered queries are kept in an LRU of APQ_MAX_ENTRIES.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useAPQ } from '@graphql-yoga/plugin-apq';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { parse, print } from 'graphql';
import { createLRUCache, type Plugin } from 'graphql-yoga';
import { ErrorCode } from '../../errors.js';
import { projectRoot } from '../../paths.js';

/** How many queries registered through automatic persisted queries are kept (least recently used go first). */
const APQ_MAX_ENTRIES = 1000;

/** The id of a document: `sha256:` and the hex SHA-256 of its canonical text. */
export function documentId(source: string): string {
  return `sha256:${createHash('sha256').update(print(parse(source))).digest('hex')}`;
}

/** The persisted documents, by id (with and without the `sha256:` prefix) to canonical text. */
export function loadPersistedDocuments(dir = join(projectRoot, 'schema', 'operations')): ReadonlyMap<string, string> {
  const store = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort()) {
    const text = print(parse(readFileSync(join(dir, file), 'utf8')));
    const id = documentId(text);
    store.set(id, text);
    store.set(id.slice('sha256:'.length), text);
  }
  return store;
}

export function usePersistedDocuments(store: ReadonlyMap<string, string>): Plugin[] {
  const registered = createLRUCache<string>({ max: APQ_MAX_ENTRIES, ttl: 0 });
  return [
    // First: a hash-only APQ request gets its query here, before the plugin below looks for one.
    useAPQ({
      store: {
        get: (hash) => store.get(hash) ?? registered.get(hash),
        set: (hash, query) => void registered.set(hash, query),
      },
    }),
    usePersistedOperations({
      allowArbitraryOperations: true,
      getPersistedOperation: (id) => store.get(id) ?? null,
      extractPersistedOperationId: (params, request) => {
        const fromUrl = new URL(request.url).searchParams.get('documentId');
        const fromBody = (params as { documentId?: unknown }).documentId;
        return fromUrl ?? (typeof fromBody === 'string' ? fromBody : null);
      },
      customErrors: {
        notFound: {
          message: 'No persisted document has this id: send the `query` text, or a `documentId` ("sha256:" and the SHA-256 of an operation in schema/operations).',
          extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_FOUND, http: { status: 400 } },
        },
        keyNotFound: {
          message: 'The request has neither a `query` nor a `documentId`: send one of them.',
          extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } },
        },
      },
    }),
  ];
}
