/**
 * `createApp(options)`: the Akhbar yoga app, ready to be mounted on any HTTP server or called
 * in-process with `app.fetch(...)`. It listens on nothing; `server.ts` does that.
 */
import type { RequestListener } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { type Context, type Language, negotiateLanguage } from './context.js';
import type { Dataset } from './data/dataset.js';
import { loadDataset } from './data/load.js';
import { useCors } from './http/cors.js';
import { useExplorer } from './http/static/explorer.js';
import { createFastPath } from './http/fast-path.js';
import { boundedParserCaches } from './http/memory.js';
import { useInputErrors } from './http/guards/input-errors.js';
import { useSelfHostedGraphiQL } from './http/static/graphiql.js';
import { loadPersistedDocuments, usePersistedDocuments } from './http/guards/persisted-documents.js';
import { type Limits, resolveLimits, useLimits } from './http/guards/limits.js';
import { type CacheStats, createCachedListener } from './http/response-cache.js';
import { schema } from './graphql/index.js';

export const GRAPHQL_ENDPOINT = '/graphql';

export interface AppOptions {
  /** The dataset to serve; the shipped `data/` when absent. */
  dataset?: Dataset;
  /** Error detail in responses (stack traces of unexpected errors). Never in production. */
  development?: boolean;
  /** Allowed CORS origins, or `*` (the default: public, read-only data, no credentials). */
  corsOrigins?: '*' | readonly string[];
  /** The built explorer to serve at `/` (see src/http/static/explorer.ts); dist/web when absent. */
  explorerDir?: string;
  /** The schema to serve: the plain schema when absent; `subgraphSchema` (src/subgraph) for a federation subgraph. */
  schema?: GraphQLSchema;
  /** Query and request limits; the defaults of `src/http/guards/limits.ts` where not given. */
  limits?: Partial<Limits>;
  /** yoga's parsed-document caches (memory.ts); new bounded ones when absent. */
  parserCaches?: ReturnType<typeof boundedParserCaches>;
  /** More yoga plugins (the fast path's, from createRequestListener). */
  plugins?: Plugin[];
  /** The persisted documents (persisted-documents.ts); loaded from schema/operations when absent. */
  persisted?: ReadonlyMap<string, string>;
}

/** What the edge passes with each request: the language it negotiated (response-cache.ts). */
interface ServerContext { language?: Language }

export type App = YogaServerInstance<ServerContext, Context>;

/**
 * The request's language, negotiated once: the edge's when it passed one, else from
 * `Accept-Language`, remembered for the rest of the request (the context and Content-Language).
 */
function requestLanguage(): (request: Request, serverContext: ServerContext) => Language {
  const negotiated = new WeakMap<Request, Language>();
  return (request, serverContext) => {
    let language = serverContext.language ?? negotiated.get(request);
    if (!language) negotiated.set(request, (language = negotiateLanguage(request.headers.get('accept-language'))));
    return language;
  };
}

export function createApp(options: AppOptions = {}): App {
  const dataset = options.dataset ?? loadDataset();
  const limits = useLimits(options.limits);
  const languageOf = requestLanguage();
  return createYoga<ServerContext, Context>({
    ...limits.options,
    parserAndValidationCache: options.parserCaches ?? boundedParserCaches(resolveLimits(options.limits).documentCacheBytes),
    schema: options.schema ?? schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: false, // served by useSelfHostedGraphiQL: yoga's default page loads from a CDN
    maskedErrors: { isDev: options.development ?? false },
    logging: options.development ? 'debug' : 'warn',
    cors: false, // see useCors: yoga's own policy echoes any origin
    context: ({ request, ...serverContext }) => ({ dataset, language: languageOf(request, serverContext) }),
    plugins: [
      ...usePersistedDocuments(options.persisted ?? loadPersistedDocuments()),
      useCors(options.corsOrigins),
      useInputErrors(), // before the limits, whose refusals then take precedence
      ...limits.plugins,
      useSelfHostedGraphiQL(GRAPHQL_ENDPOINT),
      useExplorer(options.explorerDir),
      ...(options.plugins ?? []),
      {
        // Answers depend on the language negotiated from Accept-Language: say so to caches.
        onResponse({ request, response, serverContext }) {
          if (new URL(request.url).pathname !== GRAPHQL_ENDPOINT) return;
          response.headers.append('vary', 'Accept-Language');
          response.headers.set('content-language', languageOf(request, serverContext as ServerContext));
        },
      },
    ],
  });
}

export interface ListenerOptions extends AppOptions {
  /** Keep and replay successful answers (default true). */
  cache?: boolean;
  /** Answer known documents without yoga (src/http/fast-path.ts; default true). */
  fastPath?: boolean;
}

/**
 * What a node:http server mounts: the app behind the response cache (see response-cache.ts).
 * The dataset is loaded once and shared by both.
 */
export function createRequestListener(options: ListenerOptions = {}): RequestListener & { app: App; stats: CacheStats } {
  const dataset = options.dataset ?? loadDataset();
  const limits = resolveLimits(options.limits);
  const parserCaches = boundedParserCaches(limits.documentCacheBytes);
  const persisted = loadPersistedDocuments();
  const fastPath = createFastPath({
    schema: options.schema ?? schema, dataset, maxCost: limits.maxCost, persisted, documents: parserCaches.documentCache,
  });
  const app = createApp({ ...options, dataset, parserCaches, persisted, plugins: [fastPath.plugin] });
  const listener = createCachedListener(app, {
    // RESPONSE_CACHE_BYTES=0 turns the response cache off (lru-cache takes no zero bound).
    version: dataset.version, endpoint: GRAPHQL_ENDPOINT, enabled: (options.cache ?? true) && limits.responseCacheBytes > 0,
    maxBytes: Math.max(1, limits.responseCacheBytes),
    fastPath: options.fastPath === false ? undefined : fastPath,
  });
  return Object.assign(listener, { app });
}
