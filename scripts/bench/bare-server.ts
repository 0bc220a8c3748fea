/**
 * The limit: a bare node:http server that answers each benchmark scenario with the exact bytes
 * (status, content type, content coding, body) that Akhbar answered, from a Buffer prepared at
 * start-up. It does no routing beyond the `x-bench-scenario` header, no parsing, no GraphQL, and
 * no compression: a compressed scenario's body is the compressed bytes Akhbar sent, made once.
 * Env: PORT, HOST, BENCH_FIXTURES (a JSON file: { [scenario]: { status, type, encoding?, body (base64) } }).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

interface Fixture { status: number; type: string; encoding?: string; body: string }
const fixtures = JSON.parse(readFileSync(process.env.BENCH_FIXTURES ?? '', 'utf8')) as Record<string, Fixture>;
const answers = new Map(Object.entries(fixtures).map(([name, f]) => {
  const body = Buffer.from(f.body, 'base64');
  const headers: Record<string, string> = { 'content-type': f.type, 'content-length': String(body.length) };
  if (f.encoding) headers['content-encoding'] = f.encoding;
  return [name, { status: f.status, headers, body }];
}));

const server = createServer((req, res) => {
  const answer = answers.get(String(req.headers['x-bench-scenario']));
  if (!answer) {
    res.writeHead(req.url === '/health' ? 200 : 404).end();
    return;
  }
  // Drain the request body (a real server has to read it too), then answer.
  req.resume();
  req.on('end', () => res.writeHead(answer.status, answer.headers).end(answer.body));
});
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => console.log('bare server ready'));
process.on('SIGTERM', () => server.close(() => process.exit(0)).closeAllConnections());
