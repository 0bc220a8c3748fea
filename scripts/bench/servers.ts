/** Starting and stopping the benchmark's servers as separate, CPU-pinned processes. */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { projectRoot } from '../../src/paths.js';

export interface Server {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  readonly child: ChildProcess;
  /** Milliseconds from spawn to the first successful answer. */
  readonly startupMs: number;
  /** What it printed so far (stdout and stderr). */
  output(): string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

const tsx = ['--import', 'tsx'];

/** The command line of each kind of server. The app is the built JS, as `npm start` runs it. */
export const commands = {
  ours: ['node', 'dist/bundle/server.js'],
  bare: ['node', ...tsx, 'scripts/bench/bare-server.ts'],
  mercurius: ['node', ...tsx, 'scripts/bench/mercurius-server.ts'],
  yoga: ['node', ...tsx, 'scripts/bench/yoga-server.ts'],
} as const;

/**
 * Spawns `command` pinned to `cpus` (taskset, which execs: the child's pid is the server's), and
 * waits until a POST of `{ __typename }` to /graphql (or GET /health for the bare server) answers.
 */
export async function startServer(name: string, command: readonly string[], env: Record<string, string>, cpus: string, options: { timeoutMs?: number; nodeFlags?: string[] } = {}): Promise<Server> {
  const port = await freePort();
  const [node, ...rest] = command;
  const started = performance.now();
  const child = spawn('taskset', ['-c', cpus, node!, ...(options.nodeFlags ?? []), ...rest], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = started + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output}`);
    if (performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not answer within ${options.timeoutMs ?? 120_000} ms:\n${output}`);
    }
    try {
      const res = name === 'bare'
        ? await fetch(`${url}/health`)
        : await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  return { name, url, pid: child.pid!, child, startupMs: performance.now() - started, output: () => output };
}

export async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}
