/**
 * The fastest peer: fastify + mercurius with graphql-jit (`jit: 1`: compile an operation the
 * first time it is seen), serving Akhbar's own Pothos schema and dataset with the same context
 * (dataset and negotiated language). Used only by the benchmark.
 * Env: PORT, HOST, AKHBAR_DATA_DIR (optional).
 */
import Fastify from 'fastify';
import { isAbstractType } from 'graphql';
import mercurius from 'mercurius';
import { negotiateLanguage } from '../../src/context.js';
import { loadDataset } from '../../src/data/load.js';
import { schema } from '../../src/graphql/index.js';

const dataset = loadDataset(process.env.AKHBAR_DATA_DIR || undefined);

// graphql-jit 0.8 calls an abstract type's resolveType without its 4th argument (the abstract
// type), which graphql-js's defaultTypeResolver, used by Pothos for unions resolved through
// isTypeOf, needs. Pass it: the resolution is unchanged, graphql-js's own.
for (const type of Object.values(schema.getTypeMap())) {
  if (!isAbstractType(type) || !type.resolveType) continue;
  const resolveType = type.resolveType;
  type.resolveType = (value, context, info, abstractType) => resolveType(value, context, info, abstractType ?? type);
}
const app = Fastify({ logger: false });
await app.register(mercurius, {
  schema,
  path: '/graphql',
  graphiql: false,
  jit: 1,
  context: (request) => ({ dataset, language: negotiateLanguage(request.headers['accept-language']) }),
});
app.get('/health', async () => 'ok');
await app.listen({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? '127.0.0.1' });
console.log('mercurius ready');
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
