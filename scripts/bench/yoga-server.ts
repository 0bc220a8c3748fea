/**
 * Plain graphql-yoga, for comparing two yoga versions on equal terms: the same Pothos schema,
 * dataset, context and options (no GraphiQL, masked errors, no extra plugins), only the yoga
 * package differs. YOGA=5.3 loads graphql-yoga 5.3.0 (installed as the dev dependency
 * `yoga-5-3`); anything else loads the project's graphql-yoga.
 * Env: PORT, HOST, YOGA, AKHBAR_DATA_DIR (optional).
 */
import { createServer } from 'node:http';
import { negotiateLanguage } from '../../src/context.js';
import { loadDataset } from '../../src/data/load.js';
import { schema } from '../../src/graphql/index.js';

const { createYoga } = process.env.YOGA === '5.3' ? await import('yoga-5-3') : await import('graphql-yoga');
const dataset = loadDataset(process.env.AKHBAR_DATA_DIR || undefined);
const yoga = createYoga({
  schema,
  graphqlEndpoint: '/graphql',
  healthCheckEndpoint: '/health',
  landingPage: false,
  graphiql: false,
  logging: 'warn',
  context: ({ request }: { request: Request }) => ({ dataset, language: negotiateLanguage(request.headers.get('accept-language')) }),
});
const server = createServer(yoga);
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => console.log(`yoga ${process.env.YOGA ?? 'current'} ready`));
process.on('SIGTERM', () => server.close(() => process.exit(0)).closeAllConnections());
