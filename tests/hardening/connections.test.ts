/**
 * Slow clients against the connection limits of node:http (src/http/guards/limits.ts), with short
 * timeouts configured for the test: headers sent a byte at a time and bodies that stall are cut,
 * and /health answers while hundreds of slow connections are open. Bounded: every socket is
 * closed at the end, and each wait has its own limit.
 */
import { type AddressInfo, connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestListener } from '../../src/app.js';
import { createLimitedServer } from '../../src/http/guards/limits.js';

const limits = { headersTimeoutMs: 400, requestTimeoutMs: 800, keepAliveTimeoutMs: 300, maxConnections: 1_000 };
let port: number;
let close: () => Promise<void>;
const sockets: Socket[] = [];

beforeAll(async () => {
  const server = createLimitedServer(createRequestListener({ limits }), limits);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  close = () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await close();
});

/** Opens a socket, writes `first`, then one more byte every `everyMs`; resolves when the server closes it. */
function dribble(first: string, everyMs: number): { closed: Promise<{ answer: string; ms: number }> } {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  const started = performance.now();
  let answer = '';
  socket.on('data', (c: Buffer) => (answer += c.toString()));
  socket.write(first);
  const timer = setInterval(() => socket.writable && socket.write('x'), everyMs);
  const closed = new Promise<{ answer: string; ms: number }>((resolve) => socket.on('close', () => {
    clearInterval(timer);
    resolve({ answer, ms: performance.now() - started });
  }));
  socket.on('error', () => undefined);
  return { closed };
}

const within = <T>(promise: Promise<T>, ms: number) => Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not closed within ${ms} ms`)), ms))]);

describe('slow clients', () => {
  it('headers sent a byte at a time are cut (408) by the headers timeout', async () => {
    const { closed } = dribble('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ', 50);
    const { answer } = await within(closed, 10_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('a body that stalls is cut by the request timeout', async () => {
    const { closed } = dribble('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":', 1_000_000);
    const { answer } = await within(closed, 10_000);
    expect(answer === '' || /^HTTP\/1\.1 408/.test(answer)).toBe(true);
  });

  it('/health answers while 300 slow connections are open', async () => {
    const slow = Array.from({ length: 300 }, () => dribble('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ', 100));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    const cut = await within(Promise.all(slow.map((s) => s.closed)), 15_000);
    expect(cut.every((c) => c.answer === '' || c.answer.startsWith('HTTP/1.1 408'))).toBe(true);
  }, 30_000);

  it('connections over the cap are closed as they arrive, and the server still answers', async () => {
    const capped = createLimitedServer(createRequestListener({ limits: { maxConnections: 5 } }), { maxConnections: 5 });
    await new Promise<void>((resolve) => capped.listen(0, '127.0.0.1', resolve));
    const cappedPort = (capped.address() as AddressInfo).port;
    const held = Array.from({ length: 5 }, () => connect(cappedPort, '127.0.0.1'));
    sockets.push(...held);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const extra = connect(cappedPort, '127.0.0.1');
    sockets.push(extra);
    extra.on('error', () => undefined);
    await within(new Promise((resolve) => extra.on('close', resolve)), 5_000);
    for (const s of held) s.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await fetch(`http://127.0.0.1:${cappedPort}/health`)).status).toBe(200);
    capped.closeAllConnections();
    capped.close();
  });
});
