/**
 * Run by memory.test.ts as `node --expose-gc --import tsx`: serves the app on 127.0.0.1, sends
 * thousands of distinct padded documents (comments, many tokens, syntax errors), and prints the
 * heap retained after garbage collection before and after, as one line of JSON.
 */
import type { AddressInfo } from 'node:net';
import { createRequestListener } from '../../../src/app.js';
import { createLimitedServer } from '../../../src/http/guards/limits.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const count = Number(process.argv[2] ?? 3000);
const padding = '# padding padding padding padding padding padding padding\n'.repeat(900); // ~52 KB of comments
const fields = Array.from({ length: 320 }, (_, j) => `f${j}: __typename`).join(' '); // ~960 tokens

/** The i-th document: a new text every time, in one of three shapes that yoga would cache. */
function documentText(i: number): string {
  if (i % 3 === 0) return `query Q${i} { __typename }\n${padding}`;
  if (i % 3 === 1) return `query Q${i} { ${fields} }`;
  return `${padding}{ broken${i}: `;
}

function heap(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
}

const server = createLimitedServer(createRequestListener());
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
const send = (query: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then((r) => r.arrayBuffer());

for (let i = 0; i < 30; i++) await send(`{ w${i}: __typename }`); // warm up: modules, JIT, pools
const before = heap();
const lanes = 4;
await Promise.all(Array.from({ length: lanes }, async (_, lane) => {
  for (let i = lane; i < count; i += lanes) await send(documentText(i));
}));
const after = heap();
console.log(JSON.stringify({ before, after, retained: after - before, count }));
server.closeAllConnections();
server.close();
