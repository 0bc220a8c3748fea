import { describe, expect, it } from 'vitest';
import { errorsOf, execute, query } from './helpers/graphql.js';

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

  it('rejects a malformed id inside nodes(ids:)', async () => {
    const data = await query('{ actor(slug: "donald-trump") { id } }');
    const list = await errors('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [data.actor.id, '%%%'] });
    expect(list[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(list[0]!.message).toContain('%%%');
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
  ])('rejects %s(filter: %s %j) with BAD_USER_INPUT naming `filter`', async (field, type, filter, message) => {
    const list = await errors(`query($f: ${type}) { ${field}(filter: $f) { totalCount } }`, { f: filter });
    expectBadUserInput(list, 'filter', message);
  });

  it('rejects the same filter given inline, on an article\'s events too', async () => {
    const list = await errors('{ article(slug: "witkoff-putin-talks-moscow") { events(filter: { participant: "nobody" }) { totalCount } } }');
    expectBadUserInput(list, 'filter', /"nobody"/);
  });

  it.each([
    ['a literal', '{ events(filter: { from: "2025-13-45" }) { totalCount } }', undefined],
    ['a variable', 'query($d: Date) { events(filter: { to: $d }) { totalCount } }', { d: '2025-13-45' }],
    ['a literal (not a date at all)', '{ events(filter: { from: "yesterday" }) { totalCount } }', undefined],
    ['a variable (February 30)', 'query($d: Date) { events(filter: { from: $d }) { totalCount } }', { d: '2025-02-30' }],
  ])('rejects an invalid Date given as %s, saying the date is invalid', async (_how, source, variables) => {
    const list = await errors(source, variables);
    expect(list[0]!.message).toMatch(/Date cannot represent an invalid date-string/);
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
