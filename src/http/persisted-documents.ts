/**
 * Persisted documents: the operations in schema/operations, addressable by the SHA-256 of their
 * canonical text (`print(parse(source))`), so that a client can send
 * `GET /graphql?documentId=sha256:<hex>&variables=…` — a short, cacheable URL that browsers and
 * CDNs keep. Arbitrary queries keep working. Yoga's persisted-operations plugin does the work;
 * this module only builds the store and says where the id may come from:
 * - `documentId` (GraphQL over HTTP persisted documents), in the URL or the JSON body, with or
 *   without the `sha256:` prefix;
 * - Apollo's `extensions.persistedQuery.sha256Hash`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { parse, print } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { projectRoot } from '../paths.js';

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

export function usePersistedDocuments(store: ReadonlyMap<string, string>): Plugin {
  return usePersistedOperations({
    allowArbitraryOperations: true,
    getPersistedOperation: (id) => store.get(id) ?? null,
    extractPersistedOperationId: (params, request) => {
      const fromUrl = new URL(request.url).searchParams.get('documentId');
      const fromBody = (params as { documentId?: unknown }).documentId;
      const apq = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
      const id = fromUrl ?? (typeof fromBody === 'string' ? fromBody : typeof apq === 'string' ? apq : null);
      return id;
    },
    customErrors: {
      notFound: {
        message: 'No persisted document has this id: send the `query` text, or a `documentId` ("sha256:" and the SHA-256 of an operation in schema/operations).',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
      },
      keyNotFound: {
        message: 'The request has neither a `query` nor a `documentId`: send one of them.',
        extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
      },
    },
  });
}
