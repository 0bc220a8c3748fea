/**
 * The fast path for known documents: a request whose document has been parsed, validated and
 * executed by yoga before (so it passed every document limit) is answered here, without the
 * Fetch-API adapter or yoga's pipeline: its variables are coerced and its cost checked as yoga
 * would, then it runs as a graphql-jit compiled query, and the answer is framed with the headers
 * yoga gave an earlier answer with the same `Accept`, `Origin` and language.
 *
 * It answers only what it can answer exactly as yoga would, and declines everything else (the
 * caller then goes the general way): anything but a plain `query`/`documentId` request, variables
 * that do not coerce, an operation over a limit or heavy enough to need the time limit, and any
 * result with errors. tests/fast-path.test.ts replays every operation and error case through both
 * paths and compares status, headers and bytes.
 *
 * graphql-jit is used as mercurius uses it; what it compiles is kept with the parsed document
 * (a WeakMap), so it goes when yoga's bounded document cache lets the document go.
 */
import { type DocumentNode, type GraphQLSchema, getOperationAST } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { Context } from '../context.js';
import type { Dataset } from '../data/dataset.js';
import { operationCost } from './guards/cost.js';
import { HEAVY_COST, refusals } from './guards/limits.js';
import type { RequestIdentity } from './request-identity.js';

/** A request's GraphQL parameters, when they are plain enough for the fast path. */
export interface PlainParams {
  readonly text: string | undefined;
  readonly documentId: string | undefined;
  readonly variables: Record<string, unknown> | undefined;
  readonly operationName: string | undefined;
}

/** What the fast path answers: status 200, yoga's headers for this framing, the body. */
interface FastAnswer { readonly headers: readonly [string, string][]; readonly body: Buffer }

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalString = (v: unknown) => v === undefined || v === null || typeof v === 'string';

/** The parameters of a GET (query string) or POST (JSON body), or `undefined` if not plain. */
export function plainParams(identity: RequestIdentity, body: Buffer | undefined): PlainParams | undefined {
  let raw: Record<string, unknown>;
  if (identity.method === 'GET') {
    const search = new URLSearchParams(identity.target.slice(identity.target.indexOf('?') + 1));
    raw = Object.fromEntries(search);
    if (typeof raw['variables'] === 'string') {
      try {
        raw['variables'] = JSON.parse(raw['variables']);
      } catch {
        return undefined;
      }
    }
  } else {
    if (!/^application\/json(;\s*charset=utf-8)?$/.test(identity.contentType) || !body) return undefined;
    try {
      const parsed: unknown = JSON.parse(body.toString('utf8'));
      if (!isRecord(parsed)) return undefined;
      raw = parsed;
    } catch {
      return undefined;
    }
  }
  const { query, documentId, variables, operationName, ...rest } = raw;
  if (Object.keys(rest).length || !optionalString(query) || !optionalString(documentId) || !optionalString(operationName)) return undefined;
  if ((query == null) === (documentId == null) || !(variables == null || isRecord(variables))) return undefined;
  return { text: query ?? undefined, documentId: documentId ?? undefined, variables: variables ?? undefined, operationName: operationName ?? undefined } as PlainParams;
}

interface Options {
  schema: GraphQLSchema;
  dataset: Dataset;
  maxCost: number;
  /** Persisted documents: id to text. */
  persisted: ReadonlyMap<string, string>;
  /** yoga's parsed documents, by text (memory.ts): the fast path only reads it. */
  documents: { get(text: string): DocumentNode | undefined };
}

export interface FastPath {
  /** The yoga plugin that tells the fast path which documents reached execution. */
  readonly plugin: Plugin;
  /** Remembers the headers of a general-path 200 for its framing (method, Accept, Origin, language). */
  learnFraming(identity: RequestIdentity, status: number, headers: readonly [string, string][]): void;
  /** The answer, or `undefined` to go the general way. */
  answer(identity: RequestIdentity, params: PlainParams): FastAnswer | undefined;
}

const framingKey = (identity: RequestIdentity) => `${identity.method}\n${identity.accept}\n${identity.origin}\n${identity.language}`;

export function createFastPath(options: Options): FastPath {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const framings = new LRUCache<string, readonly [string, string][]>({ max: 256 });

  const compile = (document: DocumentNode, operationName: string | undefined): CompiledQuery | undefined => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const name = operationName ?? '';
    if (!byName.has(name)) {
      const query = compileQuery(options.schema, document, operationName);
      byName.set(name, isCompiledQuery(query) ? query : null);
    }
    return byName.get(name) ?? undefined;
  };

  const known = new WeakSet<DocumentNode>();
  const plugin: Plugin = {
    onExecute({ args }) {
      known.add(args.document); // it parsed, validated and passed the document limits
    },
  };

  const answer = (identity: RequestIdentity, params: PlainParams): FastAnswer | undefined => {
    const headers = framings.get(framingKey(identity));
    const text = params.text ?? (params.documentId === undefined ? undefined : options.persisted.get(params.documentId));
    const document = text === undefined ? undefined : options.documents.get(text);
    if (!headers || !document || !known.has(document) || !getOperationAST(document, params.operationName)) return undefined;
    const report = operationCost(options.schema, document, params.operationName, params.variables);
    // graphql-jit reads a null `@include(if:)` as false where graphql-js reports an error: yoga answers those.
    if (!report || report.badDirective || report.cost >= HEAVY_COST || refusals(report, options.maxCost).length) return undefined;
    const query = compile(document, params.operationName);
    if (!query) return undefined;
    const context: Context = { dataset: options.dataset, language: identity.language };
    const result = query.query(undefined, context, params.variables ?? {});
    if (!result || 'then' in result || result.errors?.length) return undefined;
    return { headers, body: Buffer.from(JSON.stringify(result)) };
  };

  return {
    plugin,
    answer,
    learnFraming(identity, status, headers) {
      if (status === 200) framings.set(framingKey(identity), headers);
    },
  };
}
