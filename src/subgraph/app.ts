/**
 * `createSubgraphApp(options)`: the Akhbar yoga app serving the federation subgraph schema, for a
 * gateway to compose and query. Everything else (dataset, language, errors, CORS, `/health`) is
 * the plain app's.
 */
import { type App, type AppOptions, createApp } from '../app.js';
import { subgraphSchema } from './index.js';

export function createSubgraphApp(options: Omit<AppOptions, 'schema'> = {}): App {
  return createApp({ ...options, schema: subgraphSchema });
}
