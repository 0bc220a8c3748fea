import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../src/errors.js';
import { projectRoot } from '../src/paths.js';
import { app, errorsOf, execute, query } from './helpers/graphql.js';

const encode = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
type GraphQLErrorJSON = Awaited<ReturnType<typeof errorsOf>>[number];

/** Every error these tests see, checked at the end for leaked internals. */
const seen: GraphQLErrorJSON[] = [];
async function errors(source: string, variables?: Record<string, unknown>) {
  const list = await errorsOf(source, variables ? { variables } : {});
  seen.push(...list);
  return list;
}
function expectBadUserInput(list: readonly GraphQLErrorJSON[], argumentName: string, message: RegExp) {
  expect(list).toHaveLength(1);
  expect(list[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
  expect(list[0]!.message).toMatch(message);
}

describe('malformed global ids', () => {
  it.each([
    ['!!not base64!!'],
    [''],
    [encode('no colon here')],
    [encode('lowercase:act_donald-trump')],
    [encode('Person:')],
    ['UGVyc29u'], // "Person"
  ])('rejects node(id: %j) with BAD_USER_INPUT naming `id`', async (id) => {
    const list = await errors('query($id: ID!) { node(id: $id) { id } }', { id });
    expectBadUserInput(list, 'id', /not a valid Akhbar id/);
  });

  it('answers null at the index of a malformed id in nodes(ids:), with an error whose path names it', async () => {
    const data = await query('{ actor(slug: "donald-trump") { id } }');
    const result = await execute('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { variables: { ids: [data.actor.id, '%%%', data.actor.id, encode('nocolon')] } });
    seen.push(...(result.errors as unknown as GraphQLErrorJSON[]));
    expect(result.data).toEqual({ nodes: [{ id: data.actor.id }, null, { id: data.actor.id }, null] });
    expect(result.errors).toHaveLength(2);
    expect(result.errors![0]).toMatchObject({ path: ['nodes', 1], extensions: { code: 'BAD_USER_INPUT', argumentName: 'ids[1]' } });
    expect(result.errors![0]!.message).toContain('%%%');
    expect(result.errors![1]).toMatchObject({ path: ['nodes', 3], extensions: { argumentName: 'ids[3]' } });
  });

  it('rejects more than 100 ids in nodes(ids:), and accepts exactly 100', async () => {
    const data = await query('{ actor(slug: "donald-trump") { id } }');
    const list = await errors('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array(101).fill(data.actor.id) });
    expectBadUserInput(list, 'ids', /at most 100 ids \(got 101\)/);
    const ok = await query('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { variables: { ids: Array(100).fill(data.actor.id) } });
    expect(ok.nodes).toHaveLength(100);
    expect(ok.nodes[99]).toEqual({ id: data.actor.id });
  });
});

describe('bad filter values', () => {
  it.each([
    ['events', 'EventFilter', { participant: 'nobody' }, /filter\.participant.*"nobody"/],
    ['events', 'EventFilter', { place: 'atlantis' }, /filter\.place.*"atlantis"/],
    ['events', 'EventFilter', { place: 'kremlin' }, /filter\.place.*"kremlin".*PLACE/],
    ['events', 'EventFilter', { from: '2025-09-01', to: '2025-08-01' }, /filter\.from.*2025-09-01.*must not be after.*filter\.to.*2025-08-01/],
    ['quotes', 'QuoteFilter', { speaker: 'nobody' }, /filter\.speaker.*"nobody"/],
    ['claims', 'ClaimFilter', { claimant: 'nobody' }, /filter\.claimant.*"nobody"/],
    ['claims', 'ClaimFilter', { about: 'no-such-event' }, /filter\.about.*"no-such-event"/],
    ['expertOpinions', 'ExpertOpinionFilter', { expert: 'nobody' }, /filter\.expert.*"nobody"/],
  ])('rejects %s(filter: %s %j) with BAD_USER_INPUT naming the input field', async (field, type, filter, message) => {
    const list = await errors(`query($f: ${type}) { ${field}(filter: $f) { totalCount } }`, { f: filter });
    expectBadUserInput(list, `filter.${String(message).match(/filter\\.(\w+)/)![1]}`, message);
  });

  it('rejects the same filter given inline, on an article\'s events too', async () => {
    const list = await errors('{ article(slug: "witkoff-putin-talks-moscow") { events(filter: { participant: "nobody" }) { totalCount } } }');
    expectBadUserInput(list, 'filter.participant', /"nobody"/);
  });

  it.each([
    ['a literal', '{ events(filter: { from: "2025-13-45" }) { totalCount } }', undefined],
    ['a variable', 'query($d: Date) { events(filter: { to: $d }) { totalCount } }', { d: '2025-13-45' }],
    ['a literal (not a date at all)', '{ events(filter: { from: "yesterday" }) { totalCount } }', undefined],
    ['a variable (February 30)', 'query($d: Date) { events(filter: { from: $d }) { totalCount } }', { d: '2025-02-30' }],
  ])('rejects an invalid Date given as %s, saying the date is invalid', async (_how, source, variables) => {
    const list = await errors(source, variables);
    expect(list[0]!.message).toMatch(/Date cannot represent an invalid date-string/);
    // A literal and a variable get the same code, naming the input field.
    expect(list[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: source.includes('to:') ? 'filter.to' : 'filter.from' });
  });

  it.each([
    ['an event kind literal', '{ events(filter: { kinds: [NOPE] }) { totalCount } }', undefined, /"NOPE" does not exist in "EventKind" enum/],
    ['an event kind variable', 'query($k: [EventKind!]) { events(filter: { kinds: $k }) { totalCount } }', { k: ['NOPE'] }, /"NOPE" does not exist in "EventKind" enum/],
    ['a stance', '{ expertOpinions(filter: { stances: [GLOWING] }) { totalCount } }', undefined, /"GLOWING" does not exist in "Stance" enum/],
    ['a quote channel', '{ quotes(filter: { channel: PIGEON }) { totalCount } }', undefined, /"PIGEON" does not exist in "Channel" enum/],
    ['an order field', '{ actors(orderBy: { field: AGE }) { totalCount } }', undefined, /"AGE" does not exist in "ActorOrderField" enum/],
    ['a search kind', '{ search(query: "بوتين", kinds: [VIDEO]) { totalCount } }', undefined, /"VIDEO" does not exist in "SearchHitKind" enum/],
  ])('rejects an unknown enum value (%s), naming the value and the enum', async (_what, source, variables, message) => {
    const list = await errors(source, variables);
    expect(list[0]!.message).toMatch(message);
    expect(list[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: expect.stringMatching(/^(filter\.(kinds|stances|channel)|orderBy\.field|kinds)$/) });
  });
});

describe('annotation ranges', () => {
  /** The lead paragraph: its global id and the length of its Arabic text. */
  async function lead() {
    const data = await query('{ article(slug: "witkoff-putin-talks-moscow") { paragraphs { id text { ar } } } }');
    const p = data.article.paragraphs[0];
    return { id: p.id as string, length: (p.text.ar as string).length };
  }
  const ANNOTATIONS = 'query($id: ID!, $s: Int, $e: Int) { node(id: $id) { ... on Paragraph { annotations(start: $s, end: $e) { kind } } } }';

  it.each<[{ start?: number; end?: number }, string]>([
    [{ start: -1 }, 'start'],
    [{ start: 10_000 }, 'start'],
    [{ end: 10_000 }, 'end'],
    [{ start: 10, end: 5 }, 'end'],
    [{ end: -1 }, 'end'],
  ])('rejects annotations(%j) with BAD_USER_INPUT naming `%s` and giving the allowed range', async (range, argumentName) => {
    const { id, length } = await lead();
    const list = await errors(ANNOTATIONS, { id, s: range.start, e: range.end });
    expectBadUserInput(list, argumentName, new RegExp(`${argumentName}\\W.*${length}`));
  });

  it('accepts the full range [0, length] and the empty range at the end', async () => {
    const { id, length } = await lead();
    const all = await query(ANNOTATIONS, { variables: { id, s: 0, e: length } });
    const atEnd = await query(ANNOTATIONS, { variables: { id, s: length, e: length } });
    expect(all.node.annotations.length).toBeGreaterThan(0);
    expect(atEnd.node.annotations).toEqual([]);
  });
});

describe('search queries', () => {
  it.each([
    ['', /1 to 200 characters \(got 0\)/],
    ['    ', /1 to 200 characters \(got 0\)/],
    ['ب'.repeat(201), /1 to 200 characters \(got 201\)/],
    ['!!! ،؟ …', /no letters or digits/],
    ['"" -- ()', /no letters or digits/],
  ])('rejects search(query: %j) with BAD_USER_INPUT naming `query`', async (q, message) => {
    const list = await errors('query($q: String!) { search(query: $q) { totalCount } }', { q });
    expectBadUserInput(list, 'query', message);
  });

  it('accepts a query of exactly 200 characters', async () => {
    const data = await query('query($q: String!) { search(query: $q) { totalCount } }', { variables: { q: 'ب'.repeat(200) } });
    expect(data.search.totalCount).toBe(0);
  });
});

describe('errors stay where they belong', () => {
  it('a bad cursor nulls only its own connection: siblings arrive', async () => {
    const result = await execute('{ events(after: "nope") { totalCount } dataset { contentHash } }');
    expect(result.data).toMatchObject({ events: null, dataset: { contentHash: expect.any(String) } });
    expect(result.errors).toMatchObject([{ path: ['events'], extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' } }]);
    seen.push(...(result.errors as unknown as GraphQLErrorJSON[]));
  });

  it('a bad annotation range nulls only that paragraph\'s annotations, not the article', async () => {
    const result = await execute('{ article(slug: "witkoff-putin-talks-moscow") { slug paragraphs { slug annotations(start: -1) { kind } } } }');
    const paragraphs = result.data!.article.paragraphs as { slug: string; annotations: unknown }[];
    expect(result.data!.article.slug).toBe('witkoff-putin-talks-moscow');
    expect(paragraphs.length).toBeGreaterThan(1);
    expect(paragraphs.every((p) => p.slug && p.annotations === null)).toBe(true);
    expect(result.errors![0]).toMatchObject({ path: ['article', 'paragraphs', 0, 'annotations'], extensions: { code: 'BAD_USER_INPUT', argumentName: 'start' } });
  });

  it('a bad filter on an article\'s events nulls only those events', async () => {
    const result = await execute('{ article(slug: "witkoff-putin-talks-moscow") { slug events(filter: { place: "atlantis" }) { totalCount } quotes { totalCount } } }');
    expect(result.data!.article).toMatchObject({ slug: 'witkoff-putin-talks-moscow', events: null, quotes: { totalCount: expect.any(Number) } });
    expect(result.errors).toMatchObject([{ path: ['article', 'events'], extensions: { argumentName: 'filter.place' } }]);
  });

  it('a bad search query nulls only the search', async () => {
    const result = await execute('{ search(query: "!!!") { totalCount } actor(slug: "donald-trump") { slug } }');
    expect(result.data).toEqual({ search: null, actor: { slug: 'donald-trump' } });
  });
});

describe('which operation?', () => {
  it.each([
    ['no operationName', 'query A { __typename } query B { __typename }', undefined, /`operationName`.*`A`, `B`/],
    ['an unknown operationName', 'query A { __typename } query B { __typename }', 'C', /"C".*`A`, `B`/],
  ])('with %s, the error lists the operations in the document', async (_case, source, operationName, message) => {
    const response = await app.fetch('http://akhbar.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: source, operationName }),
    });
    const body = (await response.json()) as { errors: GraphQLErrorJSON[] };
    expect(response.status).toBe(400);
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'OPERATION_RESOLUTION_FAILURE', operations: ['A', 'B'] });
    expect(body.errors[0]!.message).toMatch(message);
  });
});

describe('records that are not there', () => {
  it('answers null, not an error, for unknown slugs', async () => {
    const result = await execute(`{
      actor(slug: "nobody") { slug }
      event(slug: "nothing") { slug }
      article(slug: "no-such-article") { slug }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ actor: null, event: null, article: null });
  });
});

describe('error messages', () => {
  it('never carry a stack trace, a file path or internal details', async () => {
    // Runs after the other tests of this file, so `seen` holds every error they provoked.
    expect(seen.length).toBeGreaterThan(30);
    for (const e of seen) {
      expect(e.message).not.toMatch(/\n\s*at\s|\bat .*:\d+:\d+|\/work\/|node_modules|[\w-]+\.[cm]?[jt]s\b|file:\/\//);
      expect(JSON.stringify(e.extensions ?? {})).not.toMatch(/stack|originalError|node_modules|\/src\//);
    }
  });
});

describe('the code table', () => {
  it('documents every code of src/errors.ts in README, and no other', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const start = readme.indexOf('| `extensions.code` |');
    const section = readme.slice(start, readme.indexOf('\n\n', start));
    const table = new Set([...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]));
    expect(table).toEqual(new Set(Object.values(ErrorCode)));
  });
});
