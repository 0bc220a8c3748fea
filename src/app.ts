/**
 * `createApp(options)`: the Akhbar yoga app, ready to be mounted on any HTTP server or called
 * in-process with `app.fetch(...)`. It listens on nothing; `server.ts` does that.
 */
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { type Context, negotiateLanguage } from './context.js';
import type { Dataset } from './data/dataset.js';
import { loadDataset } from './data/load.js';
import { useSelfHostedGraphiQL } from './http/graphiql.js';
import { type Limits, useLimits } from './http/limits.js';
import { schema } from './schema/index.js';

export const GRAPHQL_ENDPOINT = '/graphql';

export interface AppOptions {
  /** The dataset to serve; the shipped `data/` when absent. */
  dataset?: Dataset;
  /** Error detail in responses (stack traces of unexpected errors). Never in production. */
  development?: boolean;
  /** Allowed CORS origins, or `*` (the default: public, read-only data, no credentials). */
  corsOrigins?: '*' | readonly string[];
  /** Query and request limits; the defaults of `src/http/limits.ts` where not given. */
  limits?: Partial<Limits>;
}

export type App = YogaServerInstance<Record<string, unknown>, Context>;

export function createApp(options: AppOptions = {}): App {
  const dataset = options.dataset ?? loadDataset();
  const limits = useLimits(options.limits);
  return createYoga<Record<string, unknown>, Context>({
    ...limits.options,
    schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: false, // served by useSelfHostedGraphiQL: yoga's default page loads from a CDN
    maskedErrors: { isDev: options.development ?? false },
    logging: options.development ? 'debug' : 'warn',
    // Public, read-only data: any origin may read it, without credentials (not yoga's default of
    // echoing back whatever origin asks). A list in CORS_ORIGINS narrows it.
    cors: {
      origin: options.corsOrigins === undefined || options.corsOrigins === '*' ? '*' : [...options.corsOrigins],
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'accept', 'accept-language', 'if-none-match'],
      maxAge: 86_400,
    },
    context: ({ request }) => ({ dataset, language: negotiateLanguage(request.headers.get('accept-language')) }),
    plugins: [
      ...limits.plugins,
      useSelfHostedGraphiQL(GRAPHQL_ENDPOINT),
      {
        // Answers depend on the language negotiated from Accept-Language: say so to caches.
        onResponse({ request, response }) {
          if (new URL(request.url).pathname !== GRAPHQL_ENDPOINT) return;
          response.headers.append('vary', 'Accept-Language');
          response.headers.set('content-language', negotiateLanguage(request.headers.get('accept-language')));
        },
      },
    ],
  });
}
