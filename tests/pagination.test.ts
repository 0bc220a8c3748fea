import { describe, expect, it } from 'vitest';
import { errorsOf, query } from './helpers/graphql.js';
import { loadDataset } from '../src/data/load.js';
import type { TableName, Tables } from '../src/data/records.js';

/** A table's records, read through the loader: validated and typed. */
const table = <K extends TableName>(name: K) => loadDataset()[name].all as readonly Tables[K][number][];
const ALL = table('actors').map((a) => a.slug as string);
const TOTAL = ALL.length;

const PAGE = `totalCount edges { cursor node { slug } } nodes { slug } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;
const actors = (args: Record<string, unknown>) =>
  query(`query($first: Int, $last: Int, $after: String, $before: String) {
    actors(first: $first, last: $last, after: $after, before: $before) { ${PAGE} }
  }`, { variables: args }).then((d) => d.actors);
const slugs = (page: any) => page.nodes.map((n: any) => n.slug);

describe('cursor pagination', () => {
  it('has more than one default page of actors to page through', () => {
    expect(TOTAL).toBeGreaterThan(20);
    expect(TOTAL).toBeLessThan(100);
  });

  it('returns 20 records by default, with a next page and no previous one', async () => {
    const page = await actors({});
    expect(slugs(page)).toEqual(ALL.slice(0, 20));
    expect(page.totalCount).toBe(TOTAL);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('gives edges the same nodes as `nodes`, and start/end cursors from the first and last edge', async () => {
    const page = await actors({ first: 5 });
    expect(page.edges.map((e: any) => e.node.slug)).toEqual(slugs(page));
    expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
    expect(page.pageInfo.endCursor).toBe(page.edges[4].cursor);
    expect(new Set(page.edges.map((e: any) => e.cursor)).size).toBe(5);
  });

  it.each([1, 3, 7, 20, 100])('walks every actor exactly once with first: %i and after', async (size) => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: any = await actors({ first: size, after });
      expect(page.totalCount).toBe(TOTAL);
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...slugs(page));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
      expect(pages).toBeLessThan(200);
    }
    expect(seen).toEqual(ALL);
    expect(pages).toBe(Math.ceil(TOTAL / size));
  });

  it.each([1, 4, 10])('walks every actor exactly once backwards with last: %i and before', async (size) => {
    const seen: string[] = [];
    let before: string | null = null;
    for (let pages = 0; ; pages++) {
      const page: any = await actors({ last: size, before });
      expect(page.totalCount).toBe(TOTAL);
      expect(page.pageInfo.hasNextPage).toBe(pages > 0);
      seen.unshift(...slugs(page));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
      expect(pages).toBeLessThan(200);
    }
    expect(seen).toEqual(ALL);
  });

  it('returns the end of the list for `last` without `before`', async () => {
    const page = await actors({ last: 3 });
    expect(slugs(page)).toEqual(ALL.slice(-3));
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('returns the records between `after` and `before`', async () => {
    const first = await actors({ first: 10 });
    const after = first.edges[2].cursor;
    const before = first.edges[8].cursor;
    const page = await actors({ after, before, first: 100 });
    expect(slugs(page)).toEqual(ALL.slice(3, 8));
    const back = await actors({ after, before, last: 2 });
    expect(slugs(back)).toEqual(ALL.slice(6, 8));
  });

  it('returns an empty page, with null cursors, for first: 0 and last: 0', async () => {
    for (const args of [{ first: 0 }, { last: 0 }]) {
      const page = await actors(args);
      expect(page.edges).toEqual([]);
      expect(page.nodes).toEqual([]);
      expect(page.totalCount).toBe(TOTAL);
      expect(page.pageInfo.startCursor).toBeNull();
      expect(page.pageInfo.endCursor).toBeNull();
    }
  });

  it('returns an empty last page after the last cursor', async () => {
    const last = await actors({ last: 1 });
    const page = await actors({ after: last.pageInfo.endCursor });
    expect(page.nodes).toEqual([]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
  });

  it('keeps totalCount the size of the whole (filtered) list whatever the page', async () => {
    const data = await query(`{
      a: actors(first: 1) { totalCount }
      b: actors(last: 2) { totalCount }
      c: actors(first: 0) { totalCount }
      d: actors(first: 1, filter: { kinds: [PERSON] }) { totalCount nodes { slug } }
    }`);
    expect([data.a.totalCount, data.b.totalCount, data.c.totalCount]).toEqual([TOTAL, TOTAL, TOTAL]);
    expect(data.d.totalCount).toBe(7);
    expect(data.d.nodes).toHaveLength(1);
  });

  it.each(['first', 'last'])('allows %s: 100', async (arg) => {
    const page = await actors({ [arg]: 100 });
    expect(slugs(page)).toEqual(ALL);
  });

  it.each([
    ['first', 101],
    ['last', 101],
    ['first', -1],
    ['last', -5],
  ])('rejects %s: %i with BAD_USER_INPUT naming the argument', async (arg, value) => {
    const errors = await errorsOf(`{ actors(${arg}: ${value}) { totalCount } }`);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: arg });
    expect(errors[0]!.message).toContain(arg);
    expect(errors[0]!.message).toContain('100');
  });

  it.each([
    ['after', 'not-a-cursor'],
    ['before', 'not-a-cursor'],
    ['after', Buffer.from('SomethingElse:3').toString('base64')],
    ['before', Buffer.from('OffsetConnection:-3').toString('base64')],
    ['after', ''],
  ])('rejects %s: %j with BAD_USER_INPUT naming the argument', async (arg, cursor) => {
    const errors = await errorsOf(`query($c: String) { actors(${arg}: $c) { totalCount } }`, { variables: { c: cursor } });
    expect(errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: arg });
    expect(errors[0]!.message).toMatch(/cursor/);
  });

  it('applies the same rules to nested connections (an actor\'s mentions)', async () => {
    const data = await query(`{ actor(slug: "moscow") {
      mentionCount
      p1: mentions(first: 4) { totalCount nodes { slug } pageInfo { hasNextPage endCursor } }
      all: mentions(first: 100) { nodes { slug } }
    } }`);
    const a = data.actor;
    expect(a.p1.totalCount).toBe(a.mentionCount);
    expect(a.p1.nodes).toEqual(a.all.nodes.slice(0, 4));
    const next = await query('query($after: String) { actor(slug: "moscow") { mentions(first: 100, after: $after) { nodes { slug } pageInfo { hasPreviousPage } } } }', {
      variables: { after: a.p1.pageInfo.endCursor },
    });
    expect([...a.p1.nodes, ...next.actor.mentions.nodes]).toEqual(a.all.nodes);
    const errors = await errorsOf('{ actor(slug: "moscow") { mentions(first: 101) { totalCount } } }');
    expect(errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });

  it('pages search hits in score order', async () => {
    const all = await query('{ search(query: "بوتين", first: 100) { totalCount nodes { score subject { ... on Node { id } } } } }');
    const p1 = await query('{ search(query: "بوتين", first: 5) { nodes { subject { ... on Node { id } } } pageInfo { endCursor hasNextPage } } }');
    const p2 = await query('query($a: String) { search(query: "بوتين", first: 5, after: $a) { nodes { subject { ... on Node { id } } } } }', {
      variables: { a: p1.search.pageInfo.endCursor },
    });
    expect(all.search.totalCount).toBeGreaterThan(10);
    expect(p1.search.pageInfo.hasNextPage).toBe(true);
    expect([...p1.search.nodes, ...p2.search.nodes]).toEqual(all.search.nodes.slice(0, 10).map((n: any) => ({ subject: n.subject })));
  });
});
