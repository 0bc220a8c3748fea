/**
 * GraphQL over HTTP compliance: every server audit of the `graphql-http` package, against a real
 * server on 127.0.0.1. Each must pass outright: a warning ("SHOULD" not met) fails too.
 */
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../helpers/server.js';

let url: string;
let close: () => Promise<void>;

beforeAll(async () => ({ url, close } = await startServer()));
afterAll(() => close());

const audits = serverAudits({ url: () => `${url}/graphql` });

describe('GraphQL over HTTP (graphql-http audits)', () => {
  it('has audits to run', () => expect(audits.length).toBeGreaterThan(30));

  it.each(audits.map((audit) => [audit.name, audit] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    const detail = result.status === 'ok' ? '' : `${result.reason}: ${result.response.status} ${await result.response.clone().text()}`;
    expect(result.status, detail).toBe('ok');
  });
});
