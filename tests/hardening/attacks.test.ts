/**
 * Abusive queries and malformed requests against a real server on 127.0.0.1: each is answered
 * with the expected status and `extensions.code`, within a loose time bound (an order of
 * magnitude, not a benchmark), and no answer carries a stack trace, a file path or an internal
 * message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/errors.js';
import { defaultLimits } from '../../src/http/guards/limits.js';
import { type Answer, GRAPHQL_RESPONSE, leaksIn, post, raw, send } from '../helpers/http.js';
import { startServer } from '../helpers/server.js';

let base: string;
let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ url: base, close } = await startServer());
  url = `${base}/graphql`;
});
afterAll(() => close());

/** Generous: every case here is answered in milliseconds; a second means something is wrong. */
const BOUND_MS = 2_000;

function expectRefused(answer: Answer, status: number, code: string) {
  expect({ status: answer.status, codes: answer.codes }, answer.text.slice(0, 500)).toEqual({ status, codes: [code] });
  expect(answer.json.data).toBeUndefined();
  expect(answer.ms).toBeLessThan(BOUND_MS);
  expect(leaksIn(answer.text)).toEqual([]);
}

const get = (params: Record<string, string>, headers: Record<string, string> = {}) =>
  send(`${url}?${new URLSearchParams(params)}`, { headers: { accept: GRAPHQL_RESPONSE, ...headers } });

const nested = (n: number) => `{ ${'actor(slug: "x") { '.repeat(1)}${'a { '.repeat(n)}b${' }'.repeat(n)} } }`;
const chain = (depth: number) => {
  const fields = ['actor(slug: "vladimir-putin")'];
  const cycle = ['quotes(first: 1)', 'nodes', 'speaker'];
  while (fields.length < depth - 1) fields.push(cycle[(fields.length - 1) % 3]!);
  return `{ ${fields.map((f) => `${f} {`).join(' ')} __typename ${'}'.repeat(fields.length)} }`;
};

describe('abusive queries', () => {
  it('depth at the limit is answered; one over is QUERY_TOO_DEEP', async () => {
    const at = await post(url, { query: chain(defaultLimits.maxDepth) });
    expect(at.status).toBe(200);
    expect(at.json.errors).toBeUndefined();
    expectRefused(await post(url, { query: chain(defaultLimits.maxDepth + 1) }), 400, ErrorCode.QUERY_TOO_DEEP);
  });

  it('101 aliases (of __typename) are TOO_MANY_ALIASES', async () => {
    const query = `{ ${Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expectRefused(await post(url, { query }), 400, ErrorCode.TOO_MANY_ALIASES);
  });

  it('10 unknown directives are refused by validation; 11 directives by the limit, in one error', async () => {
    const ten = await post(url, { query: `{ __typename ${'@bogus '.repeat(10)}}` });
    expect(ten.status).toBe(400);
    expect(new Set(ten.codes)).toEqual(new Set([ErrorCode.GRAPHQL_VALIDATION_FAILED]));
    expect(ten.ms).toBeLessThan(BOUND_MS);
    expectRefused(await post(url, { query: `{ __typename ${'@bogus '.repeat(11)}}` }), 400, ErrorCode.TOO_MANY_DIRECTIVES);
  });

  it('500 duplicated fields are merged into one and answered quickly', async () => {
    const answer = await post(url, { query: `{${' __typename'.repeat(500)} }` });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ data: { __typename: 'Query' } });
    expect(answer.ms).toBeLessThan(BOUND_MS);
  });

  it('1,001 tokens are TOO_MANY_TOKENS', async () => {
    const query = `{ search(query: "x", kinds: [${' ACTOR'.repeat(1001 - 15)} ]) { totalCount } }`;
    expectRefused(await post(url, { query }), 400, ErrorCode.TOO_MANY_TOKENS);
  });

  it('2,000 nested selections are refused before the parser recurses (POST and GET)', async () => {
    expectRefused(await post(url, { query: nested(2000) }), 400, ErrorCode.TOO_MANY_TOKENS);
    // Compact, so that the URL fits in node's 16 KB of request headers...
    expectRefused(await get({ query: `{${'a{'.repeat(2000)}b${'}'.repeat(2000)}}` }), 400, ErrorCode.TOO_MANY_TOKENS);
    // ...which refuses a longer one by itself: 431, before the app sees it.
    expect((await get({ query: nested(2000) })).status).toBe(431);
    // Far deeper still, and the server is fine afterwards.
    expectRefused(await post(url, { query: `{${'a{'.repeat(20_000)}b${'}'.repeat(20_000)}}` }), 400, ErrorCode.TOO_MANY_TOKENS);
    expect((await post(url, { query: '{ __typename }' })).status).toBe(200);
  });

  it('circular fragments are GRAPHQL_VALIDATION_FAILED', async () => {
    const query = '{ ...A } fragment A on Query { ...B } fragment B on Query { actors { nodes { slug } } ...A }';
    expectRefused(await post(url, { query }), 400, ErrorCode.GRAPHQL_VALIDATION_FAILED);
  });

  it('circular introspection is QUERY_TOO_DEEP', async () => {
    const query = '{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }';
    expectRefused(await post(url, { query }), 400, ErrorCode.QUERY_TOO_DEEP);
  });

  it('a cost bomb through nested connections at first: 100 is QUERY_TOO_COSTLY', async () => {
    const query = `{ actors(first: 100) { nodes { quotes(first: 100) { nodes { speaker {
      quotes(first: 100) { nodes { speaker { participations(first: 100) { nodes { event { slug } } } } } } } } } } } }`;
    const answer = await post(url, { query });
    expectRefused(answer, 400, ErrorCode.QUERY_TOO_COSTLY);
    expect(answer.json.errors[0].extensions.cost).toBeGreaterThan(1e8);
  });

  it('a bad cursor under a list of records with ids is BAD_USER_INPUT (it once ended the process)', async () => {
    // Each claim's claimant lists its roles (with ids) and then its claims with a bad cursor: the
    // executor used to leave the ids' promises unobserved when the cursor failed.
    const query = `{ claims(last: 5) { edges { node { claimant { roles { id } claims(before: "nope") { totalCount } } } } } }`;
    const answer = await post(url, { query });
    expect(answer.status).toBe(200);
    expect(new Set(answer.codes)).toEqual(new Set([ErrorCode.BAD_USER_INPUT]));
    await new Promise((resolve) => setTimeout(resolve, 50)); // an unhandled rejection would surface now
    expect((await post(url, { query: '{ __typename }' })).status).toBe(200);
  });

  it('the same bomb through fragments and variables is QUERY_TOO_COSTLY', async () => {
    const query = `query ($n: Int = 100) { actors(first: $n) { nodes { ...Q } } }
      fragment Q on Actor { quotes(first: $n) { nodes { speaker { ...R } } } }
      fragment R on Actor { quotes(first: $n) { nodes { slug } } }`;
    expectRefused(await post(url, { query }), 400, ErrorCode.QUERY_TOO_COSTLY);
    expectRefused(await post(url, { query, variables: { n: 90 } }), 400, ErrorCode.QUERY_TOO_COSTLY);
  });
});

describe('malformed requests', () => {
  it('an array batch is BAD_REQUEST: batching is off', async () => {
    expectRefused(await post(url, [{ query: '{ __typename }' }, { query: '{ __typename }' }]), 400, ErrorCode.BAD_REQUEST);
  });

  it('a mutation over GET is 405 (Allow: POST); an unknown operation over GET is OPERATION_RESOLUTION_FAILURE', async () => {
    const mutation = await get({ query: 'mutation { x }' });
    expectRefused(mutation, 405, ErrorCode.BAD_REQUEST);
    expect(mutation.headers.get('allow')).toBe('POST');
    expectRefused(await get({ query: 'query A { __typename }', operationName: 'B' }), 400, ErrorCode.OPERATION_RESOLUTION_FAILURE);
    // There are no mutations at all: over POST it fails validation.
    expectRefused(await post(url, { query: 'mutation { x }' }), 400, ErrorCode.GRAPHQL_VALIDATION_FAILED);
  });

  it.each(['text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/octet-stream'])('Content-Type %s is 415 UNSUPPORTED_MEDIA_TYPE', async (type) => {
    expectRefused(await raw(url, { headers: { 'content-type': type, accept: GRAPHQL_RESPONSE }, body: '{"query":"{ __typename }"}' }), 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE);
  });

  it('a POST without Content-Type is 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    expectRefused(await raw(url, { headers: { accept: GRAPHQL_RESPONSE }, body: '{"query":"{ __typename }"}' }), 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE);
  });

  it.each(['PUT', 'DELETE', 'PATCH'])('%s is 405 with Allow: GET, POST', async (method) => {
    const answer = await raw(url, { method, headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE }, body: '{"query":"{ __typename }"}' });
    expectRefused(answer, 405, ErrorCode.BAD_REQUEST);
    expect(answer.headers.get('allow')).toBe('GET, POST');
  });

  it.each([
    ['truncated JSON', '{"query": '],
    ['not JSON', 'query { __typename }'],
    ['an empty body', ''],
    ['JSON null', 'null'],
    ['a JSON string', '"{ __typename }"'],
    ['a JSON number', '42'],
  ])('%s is 400 BAD_REQUEST, for application/json clients too, without the parser\'s message', async (_name, body) => {
    for (const accept of [GRAPHQL_RESPONSE, 'application/json']) {
      const answer = await raw(url, { headers: { 'content-type': 'application/json', accept }, body });
      expectRefused(answer, 400, ErrorCode.BAD_REQUEST);
    }
  });

  it.each([
    ['query is a number', { query: 42 }],
    ['query is an object', { query: { a: 1 } }],
    ['query is missing', { variables: {} }],
    ['variables is a string', { query: '{ __typename }', variables: '{}' }],
    ['variables is an array', { query: '{ __typename }', variables: [] }],
    ['extensions is a string', { query: '{ __typename }', extensions: 'x' }],
    ['an unknown parameter', { query: '{ __typename }', queryId: 'abc' }],
  ])('%s is 400 BAD_REQUEST', async (_name, body) => {
    expectRefused(await post(url, body), 400, ErrorCode.BAD_REQUEST);
  });

  it('an operationName that is not a string names no operation: OPERATION_RESOLUTION_FAILURE', async () => {
    expectRefused(await post(url, { query: '{ __typename }', operationName: 1 }), 400, ErrorCode.OPERATION_RESOLUTION_FAILURE);
  });

  it('a variable of the wrong type is 400 BAD_USER_INPUT', async () => {
    const answer = await post(url, { query: 'query ($n: Int) { actors(first: $n) { totalCount } }', variables: { n: 'ten' } });
    expectRefused(answer, 400, ErrorCode.BAD_USER_INPUT);
  });

  it('invalid UTF-8 is read as U+FFFD: refused in the query, searched for in a string', async () => {
    const bytes = (s: string, bad: number[]) => {
      const [before, after] = s.split('#');
      return Buffer.concat([Buffer.from(before!), Buffer.from(bad), Buffer.from(after!)]);
    };
    const headers = { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE };
    expectRefused(await raw(url, { headers, body: bytes('{"query":"{ __typename # }"}', [0xff, 0xfe]) }), 400, ErrorCode.GRAPHQL_PARSE_FAILED);
    const inString = await raw(url, { headers, body: bytes('{"query":"{ actor(slug: \\"#\\") { slug } }"}', [0xc3, 0x28]) });
    expect(inString.json).toEqual({ data: { actor: null } });
    // Invalid bytes in a JSON key or outside strings make the JSON itself invalid.
    expectRefused(await raw(url, { headers, body: bytes('{"query":"{ __typename }"#}', [0xff]) }), 400, ErrorCode.BAD_REQUEST);
  });

  it(`a body over the cap (${defaultLimits.maxBodyBytes} bytes) is 413, with and without Content-Length`, async () => {
    const body = JSON.stringify({ query: `{ __typename } # ${'x'.repeat(defaultLimits.maxBodyBytes)}` });
    const headers = { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE };
    expectRefused(await raw(url, { headers, body }), 413, ErrorCode.REQUEST_ENTITY_TOO_LARGE);
    const chunked = await raw(url, { headers, body, chunked: true });
    expectRefused(chunked, 413, ErrorCode.REQUEST_ENTITY_TOO_LARGE);
    // Just under the cap is read and answered.
    const under = JSON.stringify({ query: `{ __typename } #${'x'.repeat(defaultLimits.maxBodyBytes - 40)}` });
    expect(Buffer.byteLength(under)).toBeLessThanOrEqual(defaultLimits.maxBodyBytes);
    expect((await raw(url, { headers, body: under, chunked: true })).status).toBe(200);
  });

  it('a Content-Length that is not a number is 400 BAD_REQUEST', async () => {
    // node:http itself refuses a malformed Content-Length before the app sees it: 400, no body.
    const answer = await new Promise<string>((resolve, reject) => {
      import('node:net').then(({ connect }) => {
        const { port } = new URL(base);
        const socket = connect(Number(port), '127.0.0.1', () => socket.end('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1e3\r\n\r\n{}'));
        let text = '';
        socket.on('data', (c: Buffer) => (text += c.toString()));
        socket.on('end', () => resolve(text));
        socket.on('error', reject);
      });
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(leaksIn(answer)).toEqual([]);
  });

  it('two operations without operationName are OPERATION_RESOLUTION_FAILURE', async () => {
    expectRefused(await post(url, { query: 'query A { __typename } query B { __typename }' }), 400, ErrorCode.OPERATION_RESOLUTION_FAILURE);
  });

  it('huge variables: unused ones under the cap are ignored, over the cap 413, a deep one refused', async () => {
    const many = Object.fromEntries(Array.from({ length: 4_000 }, (_, i) => [`v${i}`, i]));
    const ignored = await post(url, { query: '{ __typename }', variables: many });
    expect(ignored.status).toBe(200);
    expect(ignored.ms).toBeLessThan(BOUND_MS);
    expectRefused(await post(url, { query: '{ __typename }', variables: { big: 'x'.repeat(defaultLimits.maxBodyBytes) } }), 413, ErrorCode.REQUEST_ENTITY_TOO_LARGE);
    // 10,000 nested arrays (20 KB) where a list of enum values is expected.
    const deep = `{"query": "query ($k: [SearchHitKind!]) { search(query: \\"x\\", kinds: $k) { totalCount } }", "variables": {"k": ${'['.repeat(10_000)}${']'.repeat(10_000)}}}`;
    expectRefused(await post(url, deep), 400, ErrorCode.BAD_USER_INPUT);
    // A search string over its 200 characters: refused by the field, with a 200 and data null.
    const long = await post(url, { query: 'query ($q: String!) { search(query: $q) { totalCount } }', variables: { q: 'ب'.repeat(20_000) } });
    expect(long.codes).toEqual([ErrorCode.BAD_USER_INPUT]);
    expect(leaksIn(long.text)).toEqual([]);
  });
});

describe('after all that', () => {
  it('the server still answers', async () => {
    const answer = await post(url, { query: '{ actor(slug: "vladimir-putin") { slug } }' });
    expect(answer.json).toEqual({ data: { actor: { slug: 'vladimir-putin' } } });
    expect((await send(`${base}/health`)).status).toBe(200);
  });
});
