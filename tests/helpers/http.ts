/**
 * Raw HTTP requests for the hardening tests: status, headers, body text and parsed JSON (when it
 * is JSON), and how long the answer took, for loose order-of-magnitude bounds.
 */
import { request as httpRequest } from 'node:http';

export const GRAPHQL_RESPONSE = 'application/graphql-response+json';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: any;
  ms: number;
  /** The `extensions.code` of every error in the body. */
  codes: string[];
}

function answer(status: number, headers: Headers, text: string, started: number): Answer {
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const errors: any[] = Array.isArray(json?.errors) ? json.errors : [];
  return { status, headers, text, json, ms: performance.now() - started, codes: errors.map((e) => e?.extensions?.code) };
}

/** Sends a request with fetch and reads the whole answer. */
export async function send(url: string, init: RequestInit = {}): Promise<Answer> {
  const started = performance.now();
  const res = await fetch(url, init);
  return answer(res.status, res.headers, await res.text(), started);
}

/** POSTs `body` (anything but a string is sent as JSON) with the headers given, accepting graphql-response+json. */
export function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return send(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/**
 * Sends bytes with node:http, which (unlike fetch) lets a test choose the exact headers: no
 * Content-Length (chunked), or any Content-Type.
 */
export function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: Uint8Array | string; chunked?: boolean }): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const body = typeof options.body === 'string' ? Buffer.from(options.body) : Buffer.from(options.body ?? '');
    const headers = { ...options.headers, ...(options.chunked ? {} : { 'content-length': String(body.length) }) };
    // A connection of its own: a case must not inherit what the previous one left on a socket.
    const req = httpRequest(url, { method: options.method ?? 'POST', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const headers = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
        resolve(answer(res.statusCode ?? 0, headers, Buffer.concat(chunks).toString('utf8'), started));
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (options.chunked) {
      // Several writes without Content-Length: node sends Transfer-Encoding: chunked.
      for (let i = 0; i < body.length; i += 16 * 1024) req.write(body.subarray(i, i + 16 * 1024));
      req.end();
    } else req.end(body);
  });
}

/** What a response must never carry: stack frames, file paths, or messages from inside. */
const leaks: RegExp[] = [
  /\bat [\w.<>]+ \(/, // a stack frame: "at fn (file:line)"
  /\n\s+at /,
  /(?:\/work\/|\/home\/|\/usr\/|node_modules|file:\/\/)/,
  /\.[cm]?[jt]s:\d+/,
  /stacktrace|originalError/i,
  /Unexpected token|is not valid JSON|Maximum call stack|RangeError|TypeError|ReferenceError/,
];

/** The leaks found in a body, for `expect(leaksIn(text)).toEqual([])`. */
export function leaksIn(text: string): string[] {
  return leaks.filter((r) => r.test(text)).map((r) => `${r}: ${text.slice(0, 300)}`);
}
