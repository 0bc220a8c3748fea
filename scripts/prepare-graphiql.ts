/**
 * Run by `npm run build`: compresses GraphiQL's assets into the disk cache, so that the first
 * visitor of a fresh install does not wait for brotli.
 */
import { GRAPHQL_ENDPOINT } from '../src/app.js';
import { loadBundle } from '../src/http/static/graphiql.js';

const started = Date.now();
const bundle = await loadBundle(GRAPHQL_ENDPOINT);
const wire = [bundle.page, ...bundle.assets.values()].reduce((n, a) => n + a.br.length, 0);
console.log(`GraphiQL assets ready: ${(wire / 1024 / 1024).toFixed(2)} MB with brotli (${Date.now() - started} ms)`);
