/**
 * Property-based fuzzing with fast-check, seeded and bounded:
 * - valid random queries, generated from the schema (random fields, arguments within their types,
 *   random pagination), never produce an INTERNAL_SERVER_ERROR, and every error they produce has a
 *   documented code;
 * - random byte strings and random JSON bodies sent to a real server never produce a 5xx.
 *
 * The seed is random unless FUZZ_SEED is set; fast-check prints it (with the path of the shrunk
 * counterexample) when a property fails, and `FUZZ_SEED=<seed> npx vitest run tests/hardening/fuzz`
 * replays the run. FUZZ_RUNS scales the number of cases.
 */
import fc from 'fast-check';
import { getIntrospectionQuery, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/errors.js';
import { MAX_ANSWER_BYTES_PER_COST, operationCost } from '../../src/http/guards/cost.js';
import { schema } from '../../src/graphql/index.js';
import { createApp } from '../../src/app.js';
import { buildDataset } from '../../src/data/dataset.js';
import { loadDataset } from '../../src/data/load.js';
import { synthesizeTables } from '../../scripts/synth.js';
import { app } from '../helpers/graphql.js';
import { raw } from '../helpers/http.js';
import { queries } from '../helpers/schema-queries.js';
import { startServer } from '../helpers/server.js';

const seed = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : Math.floor(Math.random() * 2 ** 31);
const scale = Number(process.env['FUZZ_RUNS'] ?? 1);
const runs = (n: number) => ({ seed, numRuns: Math.max(1, Math.round(n * scale)) });

const documented = new Set<string>(Object.values(ErrorCode));

describe(`fuzzing (seed ${seed})`, () => {
  it('random queries from the schema never fail unexpectedly, and every error has a documented code', async () => {
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(queries, fc.constantFrom('ar', 'en', 'fr', '*'), async (source, language) => {
        const res = await app.fetch('http://akhbar.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'accept-language': language },
          body: JSON.stringify({ query: source }),
        });
        const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
        expect(res.status, source).toBeLessThan(500);
        for (const error of body.errors ?? []) {
          expect(error.extensions?.code, `${source}\n${error.message}`).not.toBe('INTERNAL_SERVER_ERROR');
          expect(documented.has(error.extensions?.code ?? ''), `${source}\n${JSON.stringify(error)}`).toBe(true);
        }
        if (body.data) answered++;
      }),
      runs(400),
    );
    // The generator must reach data, not only errors: most of its queries are answered.
    expect(answered).toBeGreaterThan(100 * scale);
  }, 60_000);

  it(`no query the cost estimate accepts answers more than ${MAX_ANSWER_BYTES_PER_COST} bytes per unit of cost`, async () => {
    // Random queries, and the shapes that once slipped through: lists of bare __typename, long
    // aliases repeated in every item, many introspections in one document, many ids. Against a
    // synthetic corpus of 40 articles, so that pages of 100 are full.
    const corpus = createApp({ dataset: buildDataset(synthesizeTables({ articles: 40 }).tables, loadDataset().manifest, 'synthetic'), limits: { maxCost: 10_000_000 } });
    const alias = 'a'.repeat(3_000);
    const adversarial = fc.constantFrom(
      '{ actors(first: 100) { nodes { quotes(first: 100) { nodes { __typename } } } } }',
      `{ actors(first: 100) { nodes { ${alias}: __typename ${alias}1: slug } } }`,
      `{ ${Array.from({ length: 20 }, (_, i) => `s${i}: __schema { types { name description fields { name description } } }`).join(' ')} }`,
      getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }),
      `{ ${Array.from({ length: 50 }, (_, i) => `n${i}: nodes(ids: [${Array.from({ length: 100 }, () => '"QWN0b3I6YWN0X2RvbmFsZC10cnVtcA=="').join(', ')}]) { __typename id }`).join(' ')} }`,
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(queries, adversarial), async (source) => {
        const res = await corpus.fetch('http://akhbar.test/graphql', {
          method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify({ query: source }),
        });
        const bytes = (await res.arrayBuffer()).byteLength;
        if (res.status !== 200) return; // refused: nothing answered
        const report = operationCost(schema, parse(source), undefined, {});
        expect(bytes, source.slice(0, 300)).toBeLessThanOrEqual(((report?.cost ?? 0) + 1) * MAX_ANSWER_BYTES_PER_COST);
      }),
      runs(300),
    );
  }, 90_000);

  describe('bodies sent to a real server', () => {
    let url: string;
    let close: () => Promise<void>;
    beforeAll(async () => {
      const server = await startServer();
      url = `${server.url}/graphql`;
      close = server.close;
    });
    afterAll(() => close());

    const contentTypes = fc.constantFrom('application/json', 'application/graphql-response+json', 'application/graphql', 'application/x-www-form-urlencoded', 'text/plain', 'application/json; charset=latin1', 'application/json; charset=utf-8');
    const accepts = fc.constantFrom('application/json', 'application/graphql-response+json', '*/*', 'text/html', 'text/event-stream', 'multipart/mixed');

    it('random bytes never get a 5xx', async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 2_000 }), contentTypes, accepts, fc.constantFrom('POST', 'GET'), async (bytes, type, accept, method) => {
          const target = method === 'GET' ? `${url}?${Buffer.from(bytes).toString('latin1').replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c)).replace(/#/g, '%23')}` : url;
          const answer = await raw(target, { method, headers: { 'content-type': type, accept }, body: method === 'GET' ? '' : bytes });
          expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(500);
        }),
        runs(300),
      );
    }, 60_000);

    it('random JSON bodies never get a 5xx', async () => {
      const params = fc.record(
        {
          query: fc.oneof(fc.jsonValue(), fc.string(), queries, fc.constantFrom('{ __typename }', 'query Q { __typename }', 'mutation { x }', '{', '')),
          variables: fc.oneof(fc.jsonValue(), fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue())),
          operationName: fc.oneof(fc.jsonValue(), fc.constantFrom('Q', 'X')),
          extensions: fc.jsonValue(),
        },
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(fc.oneof(params, fc.jsonValue(), fc.array(params, { maxLength: 3 })), accepts, async (body, accept) => {
          const answer = await raw(url, { headers: { 'content-type': 'application/json', accept }, body: JSON.stringify(body) ?? '' });
          expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(500);
        }),
        runs(300),
      );
    }, 60_000);
  });
});
