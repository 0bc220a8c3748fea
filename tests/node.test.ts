import { describe, expect, it } from 'vitest';
import { query } from './helpers/graphql.js';

const SLUG = 'witkoff-putin-talks-moscow';

/** Every node type, the query that reaches one record of it through an ordinary field, and the path to that record. */
const cases: [typename: string, source: string, pick: (data: any) => { id: string; slug: string }][] = [
  ['Article', `{ article(slug: "${SLUG}") { id slug } }`, (d) => d.article],
  ['Section', `{ article(slug: "${SLUG}") { sections { id slug } } }`, (d) => d.article.sections[1]],
  ['Paragraph', `{ article(slug: "${SLUG}") { paragraphs { id slug } } }`, (d) => d.article.paragraphs[2]],
  ['Person', '{ actor(slug: "donald-trump") { id slug } }', (d) => d.actor],
  ['Organization', '{ actor(slug: "kremlin") { id slug } }', (d) => d.actor],
  ['Place', '{ actor(slug: "moscow") { id slug } }', (d) => d.actor],
  ['Group', '{ actor(slug: "european-leaders") { id slug } }', (d) => d.actor],
  ['Role', '{ actor(slug: "vladimir-putin") { roles { id slug } } }', (d) => d.actor.roles[0]],
  ['Mention', '{ actor(slug: "donald-trump") { mentions(first: 1) { nodes { id slug } } } }', (d) => d.actor.mentions.nodes[0]],
  ['Event', `{ event(slug: "${SLUG}") { id slug } }`, (d) => d.event],
  ['EventRelation', `{ event(slug: "${SLUG}") { outgoingRelations { id slug } } }`, (d) => d.event.outgoingRelations[0]],
  ['Quote', '{ quotes(first: 1) { nodes { id slug } } }', (d) => d.quotes.nodes[0]],
  ['Claim', '{ claims(last: 1) { nodes { id slug } } }', (d) => d.claims.nodes[0]],
  ['ExpertOpinion', '{ expertOpinions(first: 1) { nodes { id slug } } }', (d) => d.expertOpinions.nodes[0]],
];

const NODE_FIELDS = `__typename id
  ... on Article { slug } ... on Section { slug } ... on Paragraph { slug } ... on Actor { slug } ... on Role { slug }
  ... on Mention { slug } ... on Event { slug } ... on EventRelation { slug } ... on Quote { slug } ... on Claim { slug }
  ... on ExpertOpinion { slug }`;

const fetchOne = async (source: string, pick: (data: any) => { id: string; slug: string }) => pick(await query(source));
const decode = (id: string) => Buffer.from(id, 'base64url').toString('utf8');
const encode = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
/** The same record id under another type name, in the id format the API uses today. */
const relabel = (id: string, typename: string) => encode(decode(id).replace(/^[A-Za-z]+:/, `${typename}:`));

describe('node(id:) and nodes(ids:)', () => {
  it.each(cases)('round-trips a %s id through node and nodes', async (typename, source, pick) => {
    const record = await fetchOne(source, pick);
    expect(record.id).toBeTruthy();
    const data = await query(`query($id: ID!) { node(id: $id) { ${NODE_FIELDS} } nodes(ids: [$id, $id]) { ${NODE_FIELDS} } }`, {
      variables: { id: record.id },
    });
    expect(data.node).toEqual({ __typename: typename, id: record.id, slug: record.slug });
    expect(data.nodes).toEqual([data.node, data.node]);
  });

  it.each(cases)('keeps a %s id opaque: it is not the slug and does not show it', async (_typename, source, pick) => {
    const record = await fetchOne(source, pick);
    expect(record.id).not.toBe(record.slug);
    expect(record.id).not.toContain(record.slug);
  });

  it('gives every record a distinct id', async () => {
    const ids = await Promise.all(cases.map(([, source, pick]) => fetchOne(source, pick).then((r) => r.id)));
    expect(new Set(ids).size).toBe(cases.length);
    const data = await query('{ actors(first: 100) { nodes { id } } events(first: 100) { nodes { id } } }');
    const all = [...data.actors.nodes, ...data.events.nodes].map((n: any) => n.id);
    expect(new Set(all).size).toBe(all.length);
  });

  it.each([
    ['Person', 'act_no-such-person'],
    ['Event', 'evt_no-such-event'],
    ['Spaceship', 'x_1'],
  ])('returns null, not an error, for the well-formed but unknown id %s:%s', async (typename, recordId) => {
    const data = await query('query($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }', { variables: { id: encode(`${typename}:${recordId}`) } });
    expect(data).toEqual({ node: null, nodes: [null] });
  });

  it.each([
    ['Person', 'Place'],
    ['Person', 'Organization'],
    ['Organization', 'Group'],
    ['Event', 'Quote'],
    ['Quote', 'Claim'],
    ['Claim', 'ExpertOpinion'],
    ['Paragraph', 'Section'],
    ['Mention', 'Role'],
    ['EventRelation', 'Event'],
    ['Article', 'Paragraph'],
  ])('returns null for a %s id re-labelled as %s', async (from, to) => {
    const [, source, pick] = cases.find(([t]) => t === from)!;
    const record = await fetchOne(source, pick);
    const original = await query('query($id: ID!) { node(id: $id) { __typename } }', { variables: { id: record.id } });
    expect(original.node).toEqual({ __typename: from });
    const data = await query('query($id: ID!) { node(id: $id) { __typename } }', { variables: { id: relabel(record.id, to) } });
    expect(data.node).toBeNull();
  });

  it('returns nulls in place for a mix of known, unknown and re-labelled ids, in the order given', async () => {
    const trump = await fetchOne(cases[3]![1], cases[3]![2]);
    const talks = await fetchOne(cases[9]![1], cases[9]![2]);
    const ids = [talks.id, encode('Event:evt_nope'), relabel(trump.id, 'Place'), trump.id, talks.id];
    const data = await query(`query($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_FIELDS} } }`, { variables: { ids } });
    expect(data.nodes.map((n: any) => n && n.slug)).toEqual([talks.slug, null, null, trump.slug, talks.slug]);
    expect(data.nodes[3].__typename).toBe('Person');
  });

  it('returns an empty list for no ids', async () => {
    const data = await query('{ nodes(ids: []) { id } }');
    expect(data.nodes).toEqual([]);
  });
});
