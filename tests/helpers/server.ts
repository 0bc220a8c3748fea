import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequestListener, type ListenerOptions } from '../../src/app.js';

/** Starts the app (behind its response cache, as in production) on 127.0.0.1, on a free port. */
export async function startServer(options: ListenerOptions = {}): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const server = createServer(createRequestListener(options));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
