/**
 * The entry point: reads the configuration, loads the dataset, listens, logs one line, and shuts
 * down cleanly on SIGTERM/SIGINT (in-flight requests finish; new connections are refused).
 * With WORKERS > 1 the primary process forks that many workers (node:cluster), which share the
 * port; the service is stateless, so any worker can answer any request.
 */
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { createApp, GRAPHQL_ENDPOINT } from './app.js';
import { type Config, readConfig } from './config.js';
import { loadDataset } from './data/load.js';
import { loadBundle } from './http/graphiql.js';

const SHUTDOWN_GRACE_MS = 10_000;

function serve(config: Config): void {
  const dataset = loadDataset(config.dataDir);
  const app = createApp({ dataset, development: config.development, corsOrigins: config.corsOrigins });
  const server = createServer(app);

  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    if (cluster.isPrimary || cluster.worker?.id === 1)
      console.log(`Akhbar is serving GraphQL and GraphiQL at http://${host}:${port}${GRAPHQL_ENDPOINT}`
        + (cluster.isWorker ? ` (${config.workers} workers)` : ''));
    // Prepare GraphiQL's compressed assets now that requests are being served, not before.
    setImmediate(() => void loadBundle(GRAPHQL_ENDPOINT));
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => {
      console.error(`requests still running after ${SHUTDOWN_GRACE_MS} ms: exiting anyway`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

function supervise(config: Config): void {
  for (let i = 0; i < config.workers; i++) cluster.fork();
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
  else {
    if (cluster.isPrimary) {
      const announce = (signal: string) => console.log(`${signal} received: finishing in-flight requests, then exiting`);
      process.once('SIGTERM', () => announce('SIGTERM'));
      process.once('SIGINT', () => announce('SIGINT'));
    }
    serve(config);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
