/**
 * A frontend on another origin, as tests/clients/apollo-browser.test.ts builds it with Vite: Apollo
 * Client 4 with `clientAwareness` on (it sends `apollographql-client-name` and `-version`) and a
 * tracing header, so every request is preflighted. The test calls the functions below.
 */
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import introspection from '../../../src/generated/possible-types.js';

/** A W3C trace context, as an instrumented frontend sends it. */
const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

function createClient(endpoint: string) {
  return new ApolloClient({
    link: new HttpLink({ uri: endpoint, headers: { traceparent: TRACEPARENT } }),
    clientAwareness: { name: 'akhbar-browser-test', version: '2.0.0' },
    cache: new InMemoryCache({
      possibleTypes: introspection.possibleTypes,
      typePolicies: {
        LocalizedText: { merge: true }, PartialDate: { merge: true }, DatasetManifest: { merge: true }, DatasetCounts: { merge: true },
        Query: { fields: { search: relayStylePagination(['query', 'kinds']), events: relayStylePagination(['filter', 'orderBy']) } },
      },
    }),
  });
}

interface Operation { name: string; source: string; variables: Record<string, unknown> }

declare global {
  interface Window {
    /** Runs the operations one after another with one client; each one's error message (or null) and data. */
    runOperations(endpoint: string, operations: Operation[]): Promise<{ name: string; error: string | null; data: unknown }[]>;
    /** Writes a result that lacks a field: Apollo's development build reports it on the console. */
    writeIncomplete(endpoint: string): void;
  }
}

window.runOperations = async (endpoint, operations) => {
  const client = createClient(endpoint);
  const results = [];
  for (const { name, source, variables } of operations) {
    // From the network every time: one operation's data may already be in the cache from another's.
    const result = await client.query({ query: gql(source), variables, fetchPolicy: 'network-only' });
    results.push({ name, error: result.error?.message ?? null, data: result.data ?? null });
  }
  return results;
};

window.writeIncomplete = (endpoint) => {
  createClient(endpoint).writeQuery({ query: gql`{ actor(slug: "x") { id slug } }`, data: { actor: { __typename: 'Person', id: 'x' } } as never });
};
