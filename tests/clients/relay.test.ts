/**
 * Relay against a live server: relay-compiler's artifacts (tests/clients/relay/__generated__, from
 * the sources beside them and schema/schema.graphql) run by relay-runtime's Environment, Network
 * and Store. Every operation of schema/operations, and a `@connection` paged the way
 * `usePaginationFragment`'s `loadNext` does it. relay-runtime warns (through fbjs' `warning`, on
 * the console) whenever NODE_ENV is not `production`; a test fails on any console message.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, print, visit } from 'graphql';
import {
  createOperationDescriptor, Environment, fetchQuery, getPaginationMetadata, getPaginationVariables, getSelector,
  Network, RecordSource, Store, type ConcreteRequest,
} from 'relay-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { startServer } from '../helpers/server.js';
import { operations } from './operations.js';
import DatasetInfoQuery from './relay/__generated__/DatasetInfoQuery.graphql.js';
import SearchResultsQuery from './relay/__generated__/SearchResultsQuery.graphql.js';
import SearchResultsFragment from './relay/__generated__/SearchResults_query.graphql.js';
import { collectWarnings } from './warnings.js';

let url: string;
let close: () => Promise<void>;
beforeAll(async () => ({ url, close } = await startServer()));
afterAll(() => close());
const warnings = collectWarnings();

const relayDir = join(projectRoot, 'tests', 'clients', 'relay');

/** The set-up README shows: a Network that posts Relay's operation text, a normalised Store. */
function createEnvironment() {
  return new Environment({
    network: Network.create(async (params, variables) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: params.text, variables }),
      });
      return response.json();
    }),
    store: new Store(new RecordSource()),
  });
}

/** What the server answers to the operation as schema/operations holds it, without any client. */
async function plainAnswer(source: string, variables: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: source, variables }),
  });
  return (await response.json()) as { data?: unknown; errors?: unknown };
}

describe('Relay (relay-compiler and relay-runtime)', () => {
  it('has artifacts up to date with its sources and the schema (run `npm run relay` after changing either)', () => {
    // `--validate` compiles in memory and exits non-zero when a file on disk would change.
    execFileSync(join(projectRoot, 'node_modules', '.bin', 'relay-compiler'), ['--validate', '--output', 'quiet-with-errors'], { cwd: relayDir, stdio: 'pipe' });
  });

  it.each(operations.map((o) => [o.name, o] as const))('holds %s as schema/operations does, renamed as Relay requires', (name, operation) => {
    const relaySource = readFileSync(join(relayDir, `${name}.ts`), 'utf8');
    const text = /graphql`([^`]*)`/.exec(relaySource)?.[1] ?? '';
    const renamed = visit(parse(text), { OperationDefinition: (node) => ({ ...node, name: { kind: 'Name' as const, value: name } }) });
    expect(print(renamed)).toBe(print(parse(operation.source)));
  });

  it('is loaded in development mode, where it warns: a payload missing a field is reported', () => {
    createEnvironment().commitPayload(createOperationDescriptor(DatasetInfoQuery, {}), { dataset: { schemaVersion: 1 } } as never);
    expect(warnings.messages.join('\n')).toMatch(/Payload did not contain a value for field/);
    warnings.messages = [];
  });

  it.each(operations.map((o) => [o.name, o] as const))('runs %s with no error and no warning; the store gives back what the server sent', async (name, operation) => {
    const request = ((await import(`./relay/__generated__/${name}Query.graphql.ts`)) as { default: ConcreteRequest }).default;
    const environment = createEnvironment();
    const descriptor = createOperationDescriptor(request, operation.variables);
    const retained = environment.retain(descriptor);
    const data = await fetchQuery(environment, request, operation.variables).toPromise();
    const expected = await plainAnswer(operation.source, operation.variables);
    expect(expected.errors).toBeUndefined();
    expect(data).toEqual(expected.data);
    const snapshot = environment.lookup(descriptor.fragment);
    expect(snapshot.isMissingData).toBe(false);
    expect(snapshot.data).toEqual(expected.data);
    retained.dispose();
  });

  it('pages through search with a @refetchable @connection fragment, as loadNext does', async () => {
    const environment = createEnvironment();
    const variables = { query: 'بوتين', kinds: null, first: 2 };
    const descriptor = createOperationDescriptor(SearchResultsQuery, variables);
    const retained = environment.retain(descriptor);
    await fetchQuery(environment, SearchResultsQuery, variables).toPromise();
    // The query's data holds a reference to the fragment, which the fragment's selector reads.
    const selector = getSelector(SearchResultsFragment, environment.lookup(descriptor.fragment).data);
    if (selector === null || selector.kind !== 'SingularReaderSelector') throw new Error('no selector for SearchResults_query');
    const read = () => environment.lookup(selector).data as any;
    const page1 = read().search.edges.map((e: any) => e.node.subject.id);
    expect(page1).toHaveLength(2);
    expect(read().search.pageInfo.hasNextPage).toBe(true);

    // useLoadMoreFunction: the pagination query Relay generated, with the cursor and count it names.
    const { paginationRequest, paginationMetadata } = getPaginationMetadata(SearchResultsFragment, 'SearchResults');
    const nextVariables = getPaginationVariables('forward', 2, read().search.pageInfo.endCursor, selector.variables, {}, paginationMetadata);
    await fetchQuery(environment, paginationRequest, nextVariables).toPromise();

    const merged = read().search.edges.map((e: any) => e.node.subject.id);
    expect(merged).toHaveLength(4);
    expect(merged.slice(0, 2)).toEqual(page1);
    expect(new Set(merged).size).toBe(4);
    expect(read().search.totalCount).toBeGreaterThan(4);
    retained.dispose();
  });
});
