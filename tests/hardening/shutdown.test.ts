/**
 * Graceful shutdown of the real entry point (src/server.ts, a child process, one worker): SIGTERM
 * while requests are in flight lets them finish, refuses new connections, and exits 0 within a
 * bound.
 */
import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { maxCostQuery } from '../../scripts/load-queries.js';
import { post } from '../helpers/http.js';
import { startChildServer } from '../helpers/server.js';

/** A request sent in two halves on a raw socket, so that it is still in flight when we like. */
function halfSent(origin: string, body: string): { socket: Socket; finish: () => void; response: Promise<string> } {
  const { port } = new URL(origin);
  const socket = connect(Number(port), '127.0.0.1');
  const bytes = Buffer.from(body);
  const half = Math.floor(bytes.length / 2);
  socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${bytes.length}\r\n\r\n`);
  socket.write(bytes.subarray(0, half));
  let text = '';
  socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const response = new Promise<string>((resolve, reject) => {
    socket.on('end', () => resolve(text));
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
  });
  return { socket, finish: () => socket.write(bytes.subarray(half)), response };
}

async function until(condition: () => boolean, ms = 5_000): Promise<void> {
  const deadline = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const refused = (origin: string) => new Promise<string>((resolve) => {
  const { port } = new URL(origin);
  const socket = connect(Number(port), '127.0.0.1');
  socket.on('connect', () => {
    socket.destroy();
    resolve('connected');
  });
  socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? String(error)));
});

describe('graceful shutdown', () => {
  it('SIGTERM lets in-flight requests finish, refuses new connections, and exits 0', async () => {
    const server = await startChildServer();
    // Requests in flight: half uploaded, so the server is surely handling them when the signal
    // comes; one of them is the costliest query the service accepts.
    const small = halfSent(server.url, JSON.stringify({ query: '{ actor(slug: "vladimir-putin") { slug } }' }));
    const heavy = halfSent(server.url, JSON.stringify({ query: maxCostQuery().query }));
    const others = Array.from({ length: 5 }, () => halfSent(server.url, JSON.stringify({ query: '{ dataset { contentHash } }' })));
    await new Promise((resolve) => setTimeout(resolve, 200));

    const signalled = performance.now();
    server.child.kill('SIGTERM');
    await until(() => /SIGTERM received/.test(server.output()));

    // New connections are refused while the old ones finish. The listening socket closes on the
    // server's next event-loop turn, so allow it a moment (the old requests are still waiting).
    let answer = await refused(server.url);
    for (let tries = 0; answer !== 'ECONNREFUSED' && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      answer = await refused(server.url);
    }
    expect(answer).toBe('ECONNREFUSED');
    expect(server.child.exitCode).toBeNull();

    for (const request of [small, heavy, ...others]) request.finish();
    const [smallAnswer, heavyAnswer, ...otherAnswers] = await Promise.all([small, heavy, ...others].map((r) => r.response));
    expect(smallAnswer).toMatch(/^HTTP\/1\.1 200/);
    expect(smallAnswer).toMatch(/connection: close/i);
    expect(smallAnswer).toContain('{"data":{"actor":{"slug":"vladimir-putin"}}}');
    expect(heavyAnswer).toMatch(/^HTTP\/1\.1 200/);
    for (const answer of otherAnswers) expect(answer).toMatch(/^HTTP\/1\.1 200[^]*"contentHash"/);

    expect(await server.exited).toBe(0);
    // Within seconds of the last answer: not at the 10 s grace period, nor after keep-alive timeouts.
    expect(performance.now() - signalled).toBeLessThan(5_000);
  }, 60_000);

  it('an idle server exits 0 at once', async () => {
    const server = await startChildServer();
    // A keep-alive connection left idle must not hold the process open.
    expect((await post(`${server.url}/graphql`, { query: '{ __typename }' })).status).toBe(200);
    const signalled = performance.now();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(performance.now() - signalled).toBeLessThan(3_000); // well before the 5 s keep-alive timeout
  }, 60_000);
});
