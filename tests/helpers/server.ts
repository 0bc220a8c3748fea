import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createRequestListener, type ListenerOptions } from '../../src/app.js';
import { projectRoot } from '../../src/paths.js';

/**
 * Starts the app (behind its response cache, as in production) on 127.0.0.1, on a free port.
 * `graphql` is the endpoint's URL; `listener.stats` counts cache hits, misses and fast answers.
 */
export async function startServer(options: ListenerOptions = {}) {
  const listener = createRequestListener(options);
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    graphql: `http://127.0.0.1:${port}/graphql`,
    server,
    listener,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/**
 * Runs the real entry point (src/server.ts) in a child process on 127.0.0.1, one worker, on a free
 * port, and resolves once it has logged its URL. `env` adds or overrides variables; `entry` is
 * what node runs (the TypeScript entry point through tsx by default).
 */
export async function startChildServer(env: Record<string, string> = {}, entry: string[] = ['--import', 'tsx', join(projectRoot, 'src', 'server.ts')]): Promise<{ url: string; child: ChildProcess; output: () => string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, entry, {
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', WORKERS: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server logged no URL in 20 s: ${out}`)), 20_000);
    const look = () => {
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', look);
    void exited.then((code) => reject(new Error(`the server exited (${code}) before serving: ${out}`)));
  });
  return { url, child, output: () => out, exited };
}
