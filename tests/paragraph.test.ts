import { describe, expect, it } from 'vitest';
import { query } from './helpers/graphql.js';

const SLUG = 'witkoff-putin-talks-moscow';
const EVIDENCE = 'evidence { start end paragraph { id } }';
const SUBJECT = `subject {
  __typename ... on Node { id }
  ... on Mention { actor { __typename slug } ${EVIDENCE} } ... on Role { ${EVIDENCE} } ... on Event { ${EVIDENCE} }
  ... on EventRelation { ${EVIDENCE} } ... on Quote { ${EVIDENCE} } ... on Claim { ${EVIDENCE} } ... on ExpertOpinion { ${EVIDENCE} }
}`;
const ANNOTATION = `kind span { start end excerpt paragraph { id } } ${SUBJECT}`;

async function paragraphs() {
  const data = await query(`{ article(slug: "${SLUG}") { paragraphs {
    id slug position text { ar } section { id position paragraphs { id } article { slug } } article { slug }
    annotations { ${ANNOTATION} }
  } } }`);
  return data.article.paragraphs as any[];
}
async function annotations(id: string, args: string) {
  const data = await query(`query($id: ID!) { node(id: $id) { ... on Paragraph { annotations${args} { ${ANNOTATION} } } } }`, { variables: { id } });
  return data.node.annotations as any[];
}
const spanKey = (a: any) => `${a.subject.id}@${a.span.start}-${a.span.end}`;

/** The GraphQL type of the subject each annotation kind must have. */
const subjectType: Record<string, string> = {
  PERSON: 'Mention', ORGANIZATION: 'Mention', PLACE: 'Mention', GROUP: 'Mention', ROLE: 'Role', EVENT: 'Event',
  EVENT_RELATION: 'EventRelation', QUOTE: 'Quote', CLAIM: 'Claim', EXPERT_OPINION: 'ExpertOpinion',
};
const actorType: Record<string, string> = { PERSON: 'Person', ORGANIZATION: 'Organization', PLACE: 'Place', GROUP: 'Group' };

describe('Paragraph', () => {
  it('belongs to its section and article, and its section lists it at its position', async () => {
    const ps = await paragraphs();
    expect(ps).toHaveLength(17);
    for (const p of ps) {
      expect(p.article.slug).toBe(SLUG);
      expect(p.section.article.slug).toBe(SLUG);
      expect(p.section.paragraphs[p.position].id).toBe(p.id);
    }
  });

  it('gives every annotation an excerpt equal to the paragraph text at its offsets, in this paragraph', async () => {
    let count = 0;
    for (const p of await paragraphs()) {
      expect(p.annotations.length, p.slug).toBeGreaterThan(0);
      for (const a of p.annotations) {
        count++;
        expect(a.span.paragraph.id).toBe(p.id);
        expect(p.text.ar.slice(a.span.start, a.span.end)).toBe(a.span.excerpt);
      }
    }
    expect(count).toBeGreaterThan(150);
  });

  it('orders annotations by start offset (then end)', async () => {
    for (const p of await paragraphs()) {
      const spans = p.annotations.map((a: any) => [a.span.start, a.span.end]);
      const sorted = [...spans].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      expect(spans).toEqual(sorted);
    }
  });

  it('gives each annotation a subject whose type matches its kind (a mention takes its actor\'s kind)', async () => {
    const kinds = new Set<string>();
    for (const p of await paragraphs())
      for (const a of p.annotations) {
        kinds.add(a.kind);
        expect(a.subject.__typename, a.kind).toBe(subjectType[a.kind]);
        if (a.subject.__typename === 'Mention') expect(a.subject.actor.__typename).toBe(actorType[a.kind]);
      }
    expect(kinds).toEqual(new Set(Object.keys(subjectType)));
  });

  it('annotates only what the subject cites: every annotation is one of its subject\'s evidence spans', async () => {
    for (const p of await paragraphs())
      for (const a of p.annotations)
        expect(a.subject.evidence, a.kind).toContainEqual({ start: a.span.start, end: a.span.end, paragraph: { id: p.id } });
  });
});

describe('Paragraph.annotations(start:, end:, kinds:)', () => {
  it.each([
    [0, 10],
    [30, 60],
    [100, 101],
    [142, 258],
    [250, 259],
  ])('keeps the annotations that overlap [%i, %i)', async (start, end) => {
    const [lead] = await paragraphs();
    const expected = lead.annotations.filter((a: any) => a.span.start < end && start < a.span.end).map(spanKey);
    const got = await annotations(lead.id, `(start: ${start}, end: ${end})`);
    expect(got.map(spanKey)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(lead.annotations.length);
  });

  it.each([0, 27, 83, 142, 200])('returns, for the empty range at %i, the annotations that contain that offset', async (offset) => {
    const [lead] = await paragraphs();
    const expected = lead.annotations.filter((a: any) => a.span.start <= offset && offset < a.span.end).map(spanKey);
    const got = await annotations(lead.id, `(start: ${offset}, end: ${offset})`);
    expect(got.map(spanKey)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    for (const a of got) expect(a.span.start <= offset && offset < a.span.end).toBe(true);
  });

  it('does not count a span that ends where the range starts (end is exclusive)', async () => {
    const [lead] = await paragraphs();
    const a = lead.annotations.find((x: any) => x.span.end < lead.text.ar.length);
    expect(a).toBeDefined();
    const after = await annotations(lead.id, `(start: ${a.span.end}, end: ${a.span.end + 1})`);
    expect(after.map(spanKey)).not.toContain(spanKey(a));
    const last = await annotations(lead.id, `(start: ${a.span.end - 1}, end: ${a.span.end})`);
    expect(last.map(spanKey)).toContain(spanKey(a));
  });

  it('defaults to the whole paragraph', async () => {
    const [lead] = await paragraphs();
    const got = await annotations(lead.id, `(start: 0, end: ${lead.text.ar.length})`);
    expect(got.map(spanKey)).toEqual(lead.annotations.map(spanKey));
  });

  it.each([
    [['PERSON']],
    [['PLACE', 'ORGANIZATION']],
    [['QUOTE']],
    [['CLAIM']],
    [['EVENT']],
    [['ROLE']],
    [['EVENT_RELATION']],
    [['EXPERT_OPINION']],
    [['GROUP']],
  ])('keeps only the kinds %j', async (kinds) => {
    const ps = await paragraphs();
    let total = 0;
    for (const p of ps) {
      const got = await annotations(p.id, `(kinds: [${kinds.join(', ')}])`);
      total += got.length;
      for (const a of got) expect(kinds).toContain(a.kind);
      expect(got.map(spanKey)).toEqual(p.annotations.filter((a: any) => kinds.includes(a.kind)).map(spanKey));
    }
    expect(total).toBeGreaterThan(0);
  });

  it('combines a range and kinds: the person mentioned at the start of the lead\'s talks sentence', async () => {
    const [lead] = await paragraphs();
    const got = await annotations(lead.id, '(start: 142, end: 258, kinds: [PERSON])');
    expect(got.map((a: any) => a.subject.actor.slug)).toEqual(['steve-witkoff', 'vladimir-putin']);
    expect(got.map((a: any) => a.span.excerpt)).toEqual(['ستيف ويتكوف', 'فلاديمير بوتين']);
  });
});

describe('evidence ↔ annotations', () => {
  const recordsWithEvidence = `
    actors(first: 100) { nodes { mentions(first: 100) { nodes { id ${EVIDENCE} span { start end paragraph { id } } } } roles { id ${EVIDENCE} } } }
    events(first: 100) { nodes { id ${EVIDENCE} outgoingRelations { id ${EVIDENCE} } } }
    quotes(first: 100) { nodes { id ${EVIDENCE} } }
    claims(first: 100) { nodes { id ${EVIDENCE} } }
    expertOpinions(first: 100) { nodes { id ${EVIDENCE} } }
  `;

  it.each(['Mention', 'Role', 'Event', 'EventRelation', 'Quote', 'Claim', 'ExpertOpinion'])(
    'finds every evidence span of every %s among its paragraph\'s annotations',
    async (typename) => {
      const data = await query(`{ ${recordsWithEvidence} }`);
      const records: Record<string, any[]> = {
        Mention: data.actors.nodes.flatMap((a: any) => a.mentions.nodes),
        Role: data.actors.nodes.flatMap((a: any) => a.roles),
        Event: data.events.nodes,
        EventRelation: data.events.nodes.flatMap((e: any) => e.outgoingRelations),
        Quote: data.quotes.nodes,
        Claim: data.claims.nodes,
        ExpertOpinion: data.expertOpinions.nodes,
      };
      const byParagraph = new Map((await paragraphs()).map((p) => [p.id, new Set(p.annotations.map(spanKey))]));
      const list = records[typename]!;
      expect(list.length).toBeGreaterThan(0);
      for (const r of list) {
        expect(r.evidence.length).toBeGreaterThan(0);
        if (typename === 'Mention') expect(r.evidence).toEqual([r.span]);
        for (const s of r.evidence) expect(byParagraph.get(s.paragraph.id)!.has(`${r.id}@${s.start}-${s.end}`), `${typename} ${r.id}`).toBe(true);
      }
    },
  );

  it('has exactly as many annotations as there are evidence spans', async () => {
    const data = await query(`{ ${recordsWithEvidence} }`);
    const spans = [
      ...data.actors.nodes.flatMap((a: any) => [...a.mentions.nodes, ...a.roles]),
      ...data.events.nodes, ...data.events.nodes.flatMap((e: any) => e.outgoingRelations),
      ...data.quotes.nodes, ...data.claims.nodes, ...data.expertOpinions.nodes,
    ].reduce((n, r) => n + r.evidence.length, 0);
    const total = (await paragraphs()).reduce((n, p) => n + p.annotations.length, 0);
    expect(total).toBe(spans);
  });
});
