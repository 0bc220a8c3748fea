/** The benchmark's scenarios: what one request is, and which servers take part. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentId } from '../../src/http/guards/persisted-documents.js';
import { projectRoot } from '../../src/paths.js';

export type Peer = 'ours' | 'bare' | 'mercurius';

export interface Scenario {
  readonly name: string;
  readonly title: string;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
  /** A different body for each request (cache misses); every answer is the same. */
  readonly uniqueBody?: (i: number) => string;
  readonly peers: readonly Peer[];
  /** How answers are compared before loading: parsed JSON, error messages only, or bytes. */
  readonly compare: 'json' | 'errors' | 'bytes';
  /**
   * What mercurius is sent instead, where it has no equivalent of the request (a persisted
   * `documentId`): its fastest way to the same answer, the document's text.
   */
  readonly mercurius?: { readonly body: string; readonly uniqueBody?: (i: number) => string };
  /**
   * A compressed variant of another scenario: the same request with `Accept-Encoding: <encoding>`.
   * Its answer must decode to exactly the bytes of the plain scenario's (`of`).
   */
  readonly compressed?: { readonly encoding: 'br' | 'gzip'; readonly of: string };
}

const operation = (name: string) => readFileSync(join(projectRoot, 'schema', 'operations', `${name}.graphql`), 'utf8');
const json = { 'content-type': 'application/json' };
const post = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, ...(variables ? { variables } : {}) });
const articleVariables = { slug: 'witkoff-putin-talks-moscow' };

/**
 * A search string that differs for every `i` but searches for the same word: the word followed by
 * punctuation that encodes `i` (punctuation is not a word, so the answer is the same each time).
 */
function uniqueSearch(word: string, i: number): string {
  const marks = '.,;:!?-';
  let tail = '';
  let n = i + 1;
  while (n > 0) {
    tail += marks[n % marks.length];
    n = Math.floor(n / marks.length);
  }
  return `${word} ${tail}`;
}

const searchQuery = operation('Search');

/** A search and a list in one document, as a page with a search box over a list would ask. */
const searchAndList = `query SearchAndList($query: String!, $first: Int!) {
  search(query: $query, first: 5) { totalCount nodes { kind score snippet } }
  events(first: $first, orderBy: { field: DATE }) { totalCount nodes { id slug status title { text } date { value precision } } }
}`;

const plainScenarios: readonly Scenario[] = [
  {
    name: 'article-page', title: 'Article page (ArticlePage operation, the same POST every time; also the large response)',
    method: 'POST', path: '/graphql', headers: json, body: post(operation('ArticlePage'), articleVariables),
    peers: ['ours', 'bare', 'mercurius'], compare: 'json',
  },
  {
    name: 'event-detail', title: 'Nested ~4 KB response (EventDetail operation, the same POST every time)',
    method: 'POST', path: '/graphql', headers: json, body: post(operation('EventDetail'), { slug: 'expected-trump-putin-meeting' }),
    peers: ['ours', 'bare', 'mercurius'], compare: 'json',
  },
  {
    // The same operation with a different comment on every request: a new document each time,
    // so Akhbar's response cache misses and the whole GraphQL pipeline runs (as it does for
    // mercurius, whose graphql-jit cache is keyed by the text too).
    name: 'event-detail-uncached', title: 'Uncached ~4 KB response (EventDetail, a new document text every request)',
    method: 'POST', path: '/graphql', headers: json,
    body: post(`${operation('EventDetail')}\n# 0`, { slug: 'expected-trump-putin-meeting' }),
    uniqueBody: (i) => post(`${operation('EventDetail')}\n# ${i}`, { slug: 'expected-trump-putin-meeting' }),
    peers: ['ours', 'bare', 'mercurius'], compare: 'json',
  },
  {
    name: 'typename', title: '`{ __typename }`',
    method: 'POST', path: '/graphql', headers: json, body: post('{ __typename }'),
    peers: ['ours', 'bare', 'mercurius'], compare: 'json',
  },
  {
    name: 'repeated-get', title: 'Repeated, cacheable operation (ArticlePage as the same GET every time)',
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent(operation('ArticlePage'))}&variables=${encodeURIComponent(JSON.stringify(articleVariables))}`,
    headers: { accept: 'application/json' },
    peers: ['ours', 'bare', 'mercurius'], compare: 'json',
  },
  {
    name: 'search-miss', title: 'Cache miss: a different search string on every request (Search operation)',
    method: 'POST', path: '/graphql', headers: json,
    body: post(searchQuery, { query: uniqueSearch('الكرملين', 0) }),
    uniqueBody: (i) => post(searchQuery, { query: uniqueSearch('الكرملين', i) }),
    peers: ['ours', 'bare', 'mercurius'], compare: 'json',
  },
  {
    name: 'search-list-new-vars', title: 'Uncached: a search and a list in one query, new variables every request',
    method: 'POST', path: '/graphql', headers: json,
    body: post(searchAndList, { query: uniqueSearch('بوتين', 0), first: 10 }),
    uniqueBody: (i) => post(searchAndList, { query: uniqueSearch('بوتين', i), first: 10 }),
    peers: ['ours', 'bare', 'mercurius'], compare: 'json',
  },
  {
    // The Search operation by its persisted id; mercurius, which has no persisted documents,
    // gets the same operation's text with the same variables.
    name: 'persisted-new-vars', title: 'Uncached: the Search operation by `documentId`, a new search string every request',
    method: 'POST', path: '/graphql', headers: json,
    body: JSON.stringify({ documentId: documentId(searchQuery), variables: { query: uniqueSearch('ترمب', 0) } }),
    uniqueBody: (i) => JSON.stringify({ documentId: documentId(searchQuery), variables: { query: uniqueSearch('ترمب', i) } }),
    mercurius: { body: post(searchQuery, { query: uniqueSearch('ترمب', 0) }), uniqueBody: (i) => post(searchQuery, { query: uniqueSearch('ترمب', i) }) },
    peers: ['ours', 'bare', 'mercurius'], compare: 'json',
  },
  {
    name: 'invalid', title: 'Invalid query (unknown field)',
    method: 'POST', path: '/graphql', headers: json, body: post('{ article(slug: "x") { nope } }'),
    peers: ['ours', 'bare', 'mercurius'], compare: 'errors',
  },
  {
    name: 'graphiql', title: 'GraphiQL page (GET /graphql, Accept: text/html)',
    method: 'GET', path: '/graphql', headers: { accept: 'text/html' },
    peers: ['ours', 'bare'], compare: 'bytes',
  },
];

/**
 * The cached answers again, compressed as a browser asks for them. Only Akhbar and the bare server
 * take part: the bare server sends the compressed bytes Akhbar sent (made once, before any load),
 * so it is the floor for a compressed answer as it is for a plain one.
 */
const compressedScenarios: readonly Scenario[] = ['article-page', 'event-detail'].flatMap((of) => {
  const plain = plainScenarios.find((s) => s.name === of)!;
  return (['br', 'gzip'] as const).map((encoding): Scenario => ({
    ...plain,
    name: `${of}-${encoding}`,
    title: `${plain.title}, \`Accept-Encoding: ${encoding}\``,
    headers: { ...plain.headers, 'accept-encoding': encoding },
    peers: ['ours', 'bare'],
    compare: 'bytes',
    compressed: { encoding, of },
  }));
});

/** Each compressed scenario runs right after its plain one, so that the pair sees the same machine. */
export const scenarios: readonly Scenario[] = plainScenarios.flatMap((plain) => [plain, ...compressedScenarios.filter((s) => s.compressed?.of === plain.name)]);

/** The scenario as `peer` is sent it (see `mercurius`). */
export function forPeer(scenario: Scenario, peer: string): Scenario {
  return peer === 'mercurius' && scenario.mercurius ? { ...scenario, ...scenario.mercurius } : scenario;
}
