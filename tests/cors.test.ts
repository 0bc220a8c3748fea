import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './helpers/server.js';

const query = JSON.stringify({ query: '{ __typename }' });

describe('CORS, default policy (*)', () => {
  let url: string;
  let close: () => Promise<void>;
  beforeAll(async () => ({ url, close } = await startServer()));
  afterAll(() => close());

  it('lets any origin read, without credentials', async () => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://frontend.example', 'content-type': 'application/json' },
      body: query,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('access-control-expose-headers')).toMatch(/Content-Language/);
  });

  it('answers a preflight for a JSON POST from another origin', async () => {
    const res = await fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://frontend.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, accept-language',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('accept-language');
  });

  it.each([
    ['Apollo Client with clientAwareness', 'content-type, apollographql-client-name, apollographql-client-version'],
    ['tracing', 'content-type, traceparent, sentry-trace, baggage'],
    ['a request id', 'x-request-id'],
    ['Apollo\'s CSRF header', 'apollo-require-preflight, accept'],
  ])('admits the headers a preflight asks for (%s), with a max age and without credentials', async (_who, asked) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://frontend.example', 'access-control-request-method': 'POST', 'access-control-request-headers': asked },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase().split(/,\s*/)).toEqual(asked.split(/,\s*/));
    expect(res.headers.get('access-control-max-age')).toBe('86400');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/Access-Control-Request-Headers/);
  });

  it.each([['a name with a space', 'x-ok, bad name'], ['a name with a colon', 'x:y'], ['too long a list', `x-${'a'.repeat(1100)}`]])(
    'admits no header when the list is malformed (%s)', async (_case, asked) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://frontend.example', 'access-control-request-method': 'POST', 'access-control-request-headers': asked },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-headers')).toBeNull();
    });

  it('exposes ETag and Content-Language to scripts', async () => {
    const res = await fetch(`${url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin: 'https://frontend.example' } });
    expect(res.headers.get('access-control-expose-headers')?.split(/,\s*/).sort()).toEqual(['Content-Language', 'ETag']);
    expect(res.headers.get('etag')).toBeTruthy();
  });

  it('allows a cacheable GET from another origin', async () => {
    const res = await fetch(`${url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin: 'https://frontend.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('CORS with a list of origins', () => {
  let url: string;
  let close: () => Promise<void>;
  beforeAll(async () => ({ url, close } = await startServer({ corsOrigins: ['https://a.example', 'https://b.example'] })));
  afterAll(() => close());

  it.each(['https://a.example', 'https://b.example'])('echoes the listed origin %s, varying on Origin', async (origin) => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: query });
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    expect(res.headers.get('vary')).toMatch(/Origin/);
  });

  it.each(['https://evil.example', 'null'])('gives no CORS headers to %s', async (origin) => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: query });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});
