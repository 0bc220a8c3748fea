/**
 * The limits of src/http/guards/limits.ts, each at and over its number, in-process: what passes, what is
 * refused, with which code and status. Attacks against a real server are in attacks.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIntrospectionQuery, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { type AppOptions, createApp } from '../../src/app.js';
import { readConfig } from '../../src/config.js';
import { ErrorCode } from '../../src/errors.js';
import { defaultQuery } from '../../src/http/static/graphiql.js';
import { LIST_SIZE, operationCost } from '../../src/http/guards/cost.js';
import { defaultLimits, MAX_NODES, MAX_PAGE_SIZE } from '../../src/http/guards/limits.js';
import { projectRoot } from '../../src/paths.js';
import { schema } from '../../src/graphql/index.js';
import { app } from '../helpers/graphql.js';
import { GRAPHQL_RESPONSE } from '../helpers/http.js';

async function run(source: string, options: { variables?: Record<string, unknown>; accept?: string; on?: ReturnType<typeof createApp> } = {}) {
  const res = await (options.on ?? app).fetch('http://akhbar.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: options.accept ?? GRAPHQL_RESPONSE },
    body: JSON.stringify({ query: source, variables: options.variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  return { status: res.status, ...body, codes: (body.errors ?? []).map((e) => e.extensions?.['code']) };
}

/** An operation exactly `depth` fields deep: actor → quotes → nodes → speaker → quotes → ... */
function queryOfDepth(depth: number): string {
  const chain = ['actor(slug: "vladimir-putin")'];
  const cycle = ['quotes(first: 1)', 'nodes', 'speaker'];
  while (chain.length < depth - 1) chain.push(cycle[(chain.length - 1) % 3]!);
  return `{ ${chain.map((f) => `${f} {`).join(' ')} __typename ${'}'.repeat(chain.length)} }`;
}

const operations = readdirSync(join(projectRoot, 'schema', 'operations')).map((file) => [file, readFileSync(join(projectRoot, 'schema', 'operations', file), 'utf8')] as const);
const variables = { slug: 'witkoff-putin-talks-moscow', query: 'بوتين', language: 'EN' };
const fullIntrospection = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true });

describe('realistic operations pass every limit', () => {
  it.each([
    ...operations,
    ['GraphiQL example', defaultQuery] as const,
    ['full introspection', fullIntrospection] as const,
  ])('%s', async (_name, source) => {
    const result = await run(source, { variables: source.includes('$') ? variables : undefined });
    expect(result.codes).toEqual([]);
    expect(result.status).toBe(200);
    // With room to spare: half the cost limit at most.
    expect(operationCost(schema, parse(source), undefined, variables)!.cost).toBeLessThan(defaultLimits.maxCost / 1.5);
  });
});

describe('each limit, at and over its number', () => {
  it('depth: at the limit passes, one more is QUERY_TOO_DEEP', async () => {
    expect((await run(queryOfDepth(defaultLimits.maxDepth))).codes).toEqual([]);
    const over = await run(queryOfDepth(defaultLimits.maxDepth + 1));
    expect(over).toMatchObject({ status: 400, codes: [ErrorCode.QUERY_TOO_DEEP] });
    expect(over.errors![0]!.message).toMatch(`limit of ${defaultLimits.maxDepth}`);
    expect(over.data).toBeUndefined();
  });

  it('aliases: __typename counts like any field', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect((await run(aliases(defaultLimits.maxAliases))).codes).toEqual([]);
    expect(await run(aliases(defaultLimits.maxAliases + 1))).toMatchObject({ status: 400, codes: [ErrorCode.TOO_MANY_ALIASES] });
  });

  it('directives', async () => {
    const directives = (n: number) => `{ __typename ${'@include(if: true) '.repeat(n)}}`;
    // Repeating @include is itself invalid; spread the directives over fields instead.
    const spread = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename @include(if: true)`).join(' ')} }`;
    expect((await run(spread(defaultLimits.maxDirectives))).codes).toEqual([]);
    expect(await run(spread(defaultLimits.maxDirectives + 1))).toMatchObject({ status: 400, codes: [ErrorCode.TOO_MANY_DIRECTIVES] });
    // Over the limit, the schema's rules do not run: one error, not one per repeated directive.
    expect(await run(directives(50))).toMatchObject({ status: 400, codes: [ErrorCode.TOO_MANY_DIRECTIVES] });
  });

  it('tokens: a document of exactly the limit parses, one more token is TOO_MANY_TOKENS', async () => {
    // 15 tokens around a list of enum values (repeating a field instead would trip graphql-js's
    // own budget for comparing overlapping fields, at about 1,000 copies).
    const tokens = (n: number) => `{ search(query: "بوتين", kinds: [${' ACTOR'.repeat(n - 15)} ]) { totalCount } }`;
    expect((await run(tokens(defaultLimits.maxTokens))).codes).toEqual([]);
    expect(await run(tokens(defaultLimits.maxTokens + 1))).toMatchObject({ status: 400, codes: [ErrorCode.TOO_MANY_TOKENS] });
  });

  it('cost: at the limit runs, one over is QUERY_TOO_COSTLY, with the cost in the error', async () => {
    const source = '{ actors(first: 50) { nodes { slug quotes(first: 10) { nodes { slug } } } } }';
    const { cost } = operationCost(schema, parse(source), undefined, {})!;
    expect(cost).toBe(1 + 1 + 50 * (1 + 1 + 1 + 10 * 1));
    const at = createApp({ limits: { maxCost: cost } });
    expect((await run(source, { on: at })).codes).toEqual([]);
    const under = createApp({ limits: { maxCost: cost - 1 } });
    const refused = await run(source, { on: under });
    expect(refused).toMatchObject({ status: 400, codes: [ErrorCode.QUERY_TOO_COSTLY] });
    expect(refused.errors![0]!.extensions).toMatchObject({ cost, limit: cost - 1 });
  });

  it('page size: 100 passes, 101 and -1 are BAD_USER_INPUT before execution, from literals and variables', async () => {
    expect((await run(`{ actors(first: ${MAX_PAGE_SIZE}) { totalCount } }`)).codes).toEqual([]);
    for (const [source, vars] of [
      [`{ actors(first: ${MAX_PAGE_SIZE + 1}) { totalCount } }`, undefined],
      ['query ($n: Int) { events(last: $n) { totalCount } }', { n: MAX_PAGE_SIZE + 1 }],
      ['{ claims(first: -1) { totalCount } }', undefined],
    ] as const) {
      const result = await run(source, { variables: vars });
      expect(result).toMatchObject({ status: 400, codes: [ErrorCode.BAD_USER_INPUT] });
      expect(result.errors![0]!.extensions).toMatchObject({ argumentName: expect.stringMatching(/^(first|last)$/) });
      expect(result.data).toBeUndefined();
    }
  });

  it(`nodes(ids:): ${MAX_NODES} ids pass, one more is BAD_USER_INPUT before execution`, async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => Buffer.from(`Actor:act_${i}`).toString('base64url'));
    const source = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    expect((await run(source, { variables: { ids: ids(MAX_NODES) } })).codes).toEqual([]);
    const over = await run(source, { variables: { ids: ids(MAX_NODES + 1) } });
    expect(over).toMatchObject({ status: 400, codes: [ErrorCode.BAD_USER_INPUT] });
    expect(over.errors![0]!.extensions).toMatchObject({ argumentName: 'ids' });
  });

  it('a circular introspection query is QUERY_TOO_DEEP', async () => {
    const result = await run('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }');
    expect(result).toMatchObject({ status: 400, codes: [ErrorCode.QUERY_TOO_DEEP] });
  });

  it('the execution time limit stops the executor and answers 503 EXECUTION_TIMEOUT', async () => {
    const hasty = createApp({ limits: { executionTimeoutMs: 1 } });
    const started = performance.now();
    const result = await run(fullIntrospection, { on: hasty });
    expect(result).toMatchObject({ status: 503, codes: [ErrorCode.EXECUTION_TIMEOUT] });
    expect(result.data).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1_000); // the whole query takes ~50 ms: it was cut short, not finished
    // The same query within the default limit runs to the end.
    expect((await run(fullIntrospection)).status).toBe(200);
  });

  it('application/json clients get 200 with the same error, as GraphQL over HTTP asks', async () => {
    const result = await run(queryOfDepth(defaultLimits.maxDepth + 1), { accept: 'application/json' });
    expect(result).toMatchObject({ status: 200, codes: [ErrorCode.QUERY_TOO_DEEP] });
  });
});

describe('the cost estimate', () => {
  const cost = (source: string, vars: Record<string, unknown> = {}) => operationCost(schema, parse(source), undefined, vars)!.cost;

  it('weights a connection by the page asked for, from a literal, a variable or its default of 20', () => {
    expect(cost('{ actors(first: 7) { totalCount nodes { slug } } }')).toBe(1 + 1 + 1 + 7);
    expect(cost('query ($n: Int) { actors(last: $n) { edges { node { slug } } } }', { n: 3 })).toBe(1 + 1 + 3 * 2);
    expect(cost('query ($n: Int = 4) { actors(first: $n) { nodes { slug } } }')).toBe(1 + 1 + 4);
    expect(cost('{ actors { nodes { slug } } }')).toBe(1 + 1 + 20);
  });

  it(`counts plain lists as ${LIST_SIZE} items and fragments where they are spread`, () => {
    expect(cost('{ article(slug: "a") { sections { position } } }')).toBe(1 + 1 + LIST_SIZE);
    expect(cost('{ ...A ...A } fragment A on Query { actors(first: 2) { nodes { slug } } }')).toBe(2 * (1 + 1 + 2));
  });

  it('does not explode on fragments that spread fragments many times', () => {
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const started = performance.now();
    expect(cost(`{ ...F0 } ${fragments} fragment F40 on Query { t: __typename }`)).toBe(2 ** 40);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('configuration', () => {
  it('reads every limit from the environment and refuses a bad value, naming it', () => {
    const env = { MAX_QUERY_DEPTH: '5', MAX_QUERY_ALIASES: '6', MAX_QUERY_DIRECTIVES: '7', MAX_QUERY_TOKENS: '800', MAX_QUERY_COST: '900', MAX_BODY_BYTES: '2048', EXECUTION_TIMEOUT_MS: '300' };
    expect(readConfig(env).limits).toEqual({ maxDepth: 5, maxAliases: 6, maxDirectives: 7, maxTokens: 800, maxCost: 900, maxBodyBytes: 2048, executionTimeoutMs: 300 });
    expect(() => readConfig({ MAX_QUERY_COST: 'lots' })).toThrow(/MAX_QUERY_COST/);
    expect(() => readConfig({ MAX_QUERY_DEPTH: '0' })).toThrow(/MAX_QUERY_DEPTH/);
  });

  it('applies limits given to createApp', async () => {
    const options: AppOptions = { limits: { maxDepth: 3 } };
    const strict = createApp(options);
    expect((await run(queryOfDepth(3), { on: strict })).codes).toEqual([]);
    expect((await run(queryOfDepth(4), { on: strict })).codes).toEqual([ErrorCode.QUERY_TOO_DEEP]);
  });
});

describe('the cost model has no blind spots', () => {
  const costOf = (source: string) => operationCost(schema, parse(source), undefined, {})!.cost;

  it('a bare __typename is free (clients add it everywhere); an aliased one costs like a field', () => {
    expect(costOf('{ actors(first: 50) { nodes { slug } } }')).toBe(costOf('{ __typename actors(first: 50) { __typename nodes { __typename slug } } }'));
    expect(costOf('{ t: __typename }')).toBe(1);
  });

  it('a long response key costs one more unit per 64 characters, each time it is repeated', () => {
    expect(costOf(`{ ${'a'.repeat(640)}: __typename }`)).toBe(11);
    expect(costOf(`{ actors(first: 100) { nodes { ${'a'.repeat(640)}: slug } } }`)).toBe(2 + 100 * 11);
  });

  it('introspection lists hold what the schema holds, so many __schema selections are refused', () => {
    const types = Object.keys(schema.getTypeMap()).length;
    expect(costOf('{ __schema { types { name } } }')).toBe(2 + types);
    const many = `{ ${Array.from({ length: 100 }, (_, i) => `s${i}: __schema { types { fields { args { name } } } }`).join(' ')} }`;
    expect(costOf(many)).toBeGreaterThan(defaultLimits.maxCost);
  });

  it('@skip and @include are read as the executor reads them: only what is left out is free', async () => {
    const heavy = 'actors(first: 100) { nodes { quotes(first: 100) { nodes { slug kind text { ar en } speaker { slug kind name { ar en } } } } } }';
    const full = costOf(`{ ${heavy} }`);
    expect(full).toBeGreaterThan(defaultLimits.maxCost);
    const vary = (directive: string, vars: Record<string, unknown> = { v: true }) =>
      operationCost(schema, parse(`query ($v: Boolean!) { ${heavy.replace('actors(first: 100)', `actors(first: 100) ${directive}`)} }`), undefined, vars)!.cost;
    expect(vary('@include(if: true)')).toBe(full);
    expect(vary('@skip(if: false)')).toBe(full);
    expect(vary('@include(if: $v)', { v: true })).toBe(full);
    expect(vary('@skip(if: $v) @include(if: true)', { v: false })).toBe(full);
    expect(vary('@include(if: $v)', { v: false })).toBe(0);
    expect(vary('@skip(if: $v)', { v: true })).toBe(0);
    expect(vary('@include(if: true) @skip(if: $v)', { v: true })).toBe(0);
    // An attacker cannot hide the cost behind a directive: the server refuses what it would run.
    const strict = createApp(); // the production limits (the shared test app raises the cost limit)
    const sent = (directive: string, v: unknown) => run(`query ($v: Boolean!) { ${heavy.replace('actors(first: 100)', `actors(first: 100) ${directive}`)} }`, { variables: { v }, on: strict });
    expect(await sent('@include(if: $v)', true)).toMatchObject({ status: 400, codes: [ErrorCode.QUERY_TOO_COSTLY] });
    expect(await sent('@skip(if: $v)', false)).toMatchObject({ status: 400, codes: [ErrorCode.QUERY_TOO_COSTLY] });
    expect((await sent('@skip(if: $v)', 'yes')).codes).toEqual(['BAD_USER_INPUT']);
    expect(await sent('@include(if: $v)', false)).toMatchObject({ status: 200, codes: [], data: {} });
  });

  it('the ids of nodes(ids:) are priced one by one, alias by alias', () => {
    const ids = (n: number) => `[${Array.from({ length: n }, () => '"x"').join(', ')}]`;
    expect(costOf(`{ a: nodes(ids: ${ids(100)}) { id } b: nodes(ids: ${ids(100)}) { id } }`)).toBe(2 * (1 + 100));
  });
});
