/**
 * The entry point: reads the configuration, loads the dataset (its compiled snapshot, see
 * src/data/snapshot.ts; compiled first when missing or stale), listens, logs one line, and shuts
 * down cleanly on SIGTERM/SIGINT (in-flight requests finish; new connections are refused).
 * With WORKERS > 1 the primary process forks that many workers (node:cluster), which share the
 * port; the service is stateless, so any worker can answer any request. SCHEMA=subgraph serves
 * the Apollo Federation subgraph (src/subgraph) instead of the plain schema, for a gateway.
 */
import cluster from 'node:cluster';
import type { ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import { createRequestListener, GRAPHQL_ENDPOINT } from './app.js';
import { type Config, readConfig } from './config.js';
import { defaultDataDir } from './data/load.js';
import { openDataset, snapshotIsFresh } from './data/snapshot.js';
import { loadBundle } from './http/static/graphiql.js';
import { createLimitedServer } from './http/guards/limits.js';

const SHUTDOWN_GRACE_MS = 10_000;
const GRAPHIQL_PREPARE_DELAY_MS = 2_000;

/**
 * Execution errors that reach no handler stay in the log instead of ending the process. The
 * executor can leave the promise of a list item unobserved when a sibling fails (see the note on
 * `globalID` in builder.ts): the request has been answered, only its leftovers reject. Anything
 * else unhandled is a real bug and still ends the process (and cluster starts a new worker).
 */
function survivingOrphanedExecutionErrors(): void {
  process.on('unhandledRejection', (reason) => {
    if (reason instanceof GraphQLError && reason.path) {
      console.error(`an execution error at ${reason.path.join('.')} reached no handler (its request was answered): ${reason.message}`);
      return;
    }
    throw reason;
  });
}

async function serve(config: Config): Promise<void> {
  survivingOrphanedExecutionErrors();
  // The subgraph module is loaded only when asked for: the plain service never builds it.
  const schema = config.schema === 'subgraph' ? (await import('./subgraph/index.js')).subgraphSchema : undefined;
  const dataset = openDataset(config.dataDir ?? defaultDataDir);
  const server = createLimitedServer(createRequestListener({
    dataset, development: config.development, corsOrigins: config.corsOrigins, limits: config.limits, schema,
  }), config.limits);

  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    if (cluster.isPrimary || cluster.worker?.id === 1)
      console.log(`Akhbar is serving GraphQL and GraphiQL at http://${host}:${port}${GRAPHQL_ENDPOINT}`
        + (config.schema === 'subgraph' ? ' as a federation subgraph' : `, the explorer at http://${host}:${port}/`)
        + (cluster.isWorker ? ` (${config.workers} workers)` : ''));
    // Prepare GraphiQL's compressed assets once the first requests have been answered, not
    // before: its 9 MB of script would hold up the first answer.
    setTimeout(() => void loadBundle(GRAPHQL_ENDPOINT), GRAPHIQL_PREPARE_DELAY_MS).unref();
  });

  // Responses still to be written, so that a shutdown can tell their clients not to reuse the
  // connection: otherwise each kept-alive connection holds the process for its idle timeout.
  const unanswered = new Set<ServerResponse>();
  let stopping = false;
  server.on('request', (_request, response: ServerResponse) => {
    if (stopping) response.setHeader('connection', 'close');
    unanswered.add(response);
    response.on('finish', () => unanswered.delete(response));
    response.on('close', () => unanswered.delete(response));
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    server.close(() => process.exit(0));
    // A worker's primary has said it already.
    if (cluster.isPrimary) console.log(`${signal} received: finishing in-flight requests, then exiting`);
    server.closeIdleConnections();
    for (const response of unanswered) if (!response.headersSent) response.setHeader('connection', 'close');
    setTimeout(() => {
      console.error(`requests still running after ${SHUTDOWN_GRACE_MS} ms: exiting anyway`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

function supervise(config: Config): void {
  // Compile a missing or stale snapshot once, here, rather than in every worker at once.
  const dir = config.dataDir ?? defaultDataDir;
  if (!snapshotIsFresh(dir)) openDataset(dir);
  for (let i = 0; i < config.workers; i++) cluster.fork();
  // In development, say when each worker (a replacement too) starts taking connections.
  if (config.development) cluster.on('listening', (worker) => console.log(`worker ${worker.process.pid} is serving`));
  let stopping = false;
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`worker ${worker.process.pid} died (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing in-flight requests, then exiting`);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

try {
  const config = readConfig();
  if (cluster.isPrimary && config.workers > 1) supervise(config);
  else await serve(config);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
