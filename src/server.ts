/**
 * The entry point: reads the configuration, loads the dataset, listens, logs one line, and shuts
 * down cleanly on SIGTERM/SIGINT (in-flight requests finish; new connections are refused).
 */
import { createServer } from 'node:http';
import { createApp, GRAPHQL_ENDPOINT } from './app.js';
import { readConfig } from './config.js';
import { loadBundle } from './http/graphiql.js';

const SHUTDOWN_GRACE_MS = 10_000;

function main(): void {
  const config = readConfig();
  const app = createApp({ development: config.development, corsOrigins: config.corsOrigins });
  const server = createServer(app);

  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    console.log(`Akhbar is serving GraphQL and GraphiQL at http://${host}:${port}${GRAPHQL_ENDPOINT}`);
    // Prepare GraphiQL's compressed assets now that requests are being served, not before.
    setImmediate(() => void loadBundle(GRAPHQL_ENDPOINT));
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing in-flight requests, then exiting`);
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => {
      console.error(`requests still running after ${SHUTDOWN_GRACE_MS} ms: exiting anyway`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
