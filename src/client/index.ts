/**
 * A small typed client for Akhbar: plain `fetch`, the typed documents that `npm run codegen`
 * generates from schema/operations, and nothing else. It runs in browsers and in Node 20+.
 *
 *   const akhbar = createAkhbarClient({ endpoint: 'http://127.0.0.1:4000/graphql', language: 'en' });
 *   const { event } = await akhbar.request(EventDetailDocument, { slug: 'expected-trump-putin-meeting' });
 *   event?.participants.map((p) => p.actor.name.text);   // typed: string[]
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface AkhbarClientOptions {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  endpoint: string;
  /** The language of `LocalizedText.text` in answers: sent as `Accept-Language`. */
  language?: 'ar' | 'en';
  /** Use GET for queries (cacheable by browsers and CDNs); POST by default. */
  method?: 'GET' | 'POST';
  /**
   * Send `documentId` (the SHA-256 of the operation's text) instead of the text itself: short,
   * cacheable GET URLs. The server knows the operations in schema/operations by their id.
   */
  persisted?: boolean;
  /** A `fetch` to use instead of the global one (tests, instrumentation). */
  fetch?: typeof fetch;
}

/** One error of a GraphQL response, with its stable `extensions.code`. */
export interface AkhbarGraphQLError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; argumentName?: string; [key: string]: unknown };
}

/** Thrown when the answer carries errors or is not a GraphQL response. */
export class AkhbarError extends Error {
  constructor(message: string, readonly status: number, readonly errors: readonly AkhbarGraphQLError[] = []) {
    super(message);
    this.name = 'AkhbarError';
  }

  /** The `extensions.code` of the first error (`BAD_USER_INPUT`, ...), when there is one. */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

export interface AkhbarClient {
  /** Runs a typed operation and returns its `data`, or throws an AkhbarError. */
  request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...variables: Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables]
  ): Promise<TResult>;
}

export function createAkhbarClient(options: AkhbarClientOptions): AkhbarClient {
  const doFetch = options.fetch ?? fetch;
  const printed = new WeakMap<object, string>();
  const source = (document: object) => {
    let text = printed.get(document);
    if (text === undefined) printed.set(document, (text = print(document as Parameters<typeof print>[0])));
    return text;
  };
  const ids = new Map<string, Promise<string>>();
  /** `sha256:<hex>` of the canonical text, with WebCrypto (browsers and Node 20 alike). */
  const idOf = (text: string) => {
    let id = ids.get(text);
    if (id === undefined) {
      id = crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)).then((digest) =>
        `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`);
      ids.set(text, id);
    }
    return id;
  };

  return {
    async request(document, ...[variables]) {
      const query = source(document);
      const headers: Record<string, string> = { accept: 'application/graphql-response+json, application/json;q=0.9' };
      if (options.language) headers['accept-language'] = options.language;
      let response: Response;
      if (options.method === 'GET') {
        const url = new URL(options.endpoint);
        if (options.persisted) url.searchParams.set('documentId', await idOf(query));
        else url.searchParams.set('query', query);
        if (variables) url.searchParams.set('variables', JSON.stringify(variables));
        response = await doFetch(url, { headers });
      } else {
        headers['content-type'] = 'application/json';
        const body = options.persisted ? { documentId: await idOf(query), variables } : { query, variables };
        response = await doFetch(options.endpoint, { method: 'POST', headers, body: JSON.stringify(body) });
      }
      let body: { data?: unknown; errors?: AkhbarGraphQLError[] };
      try {
        body = (await response.json()) as typeof body;
      } catch {
        throw new AkhbarError(`Akhbar answered ${response.status} without a GraphQL response`, response.status);
      }
      if (body.errors?.length) throw new AkhbarError(body.errors.map((e) => e.message).join('; '), response.status, body.errors);
      if (body.data == null) throw new AkhbarError(`Akhbar answered ${response.status} without data`, response.status);
      // The server answered this very document against the schema the types were generated from.
      return body.data as never;
    },
  };
}
