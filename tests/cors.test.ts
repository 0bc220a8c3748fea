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
