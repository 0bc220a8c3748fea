/**
 * Evidence in the English translation: `Paragraph.annotations(language: EN)` and
 * `SourceSpan.translation`, served from data/alignments.json. The oracles are the texts themselves
 * (every range is checked against the paragraph's text in its language) and the actor table (a
 * mention of an actor's full Arabic name stands on the actor's English name), not the alignments.
 */
import { describe, expect, it } from 'vitest';
import { execute, query } from './helpers/graphql.js';
import { loadDataset } from '../src/data/load.js';

const SLUG = 'witkoff-putin-talks-moscow';
const RANGE = 'range { language start end excerpt note }';
const SUBJECT = 'subject { __typename ... on Node { id } ... on Mention { actor { slug } } }';

interface Range { language: 'AR' | 'EN'; start: number; end: number; excerpt: string; note: string | null }
interface Located { kind: string; span: { start: number; end: number; excerpt: string }; range: Range; subject: { __typename: string; id: string; actor?: { slug: string } } }
interface Para { id: string; text: { ar: string; en: string }; ar: Located[]; en: Located[] }

async function paragraphs(): Promise<Para[]> {
  const data = await query(`{ article(slug: "${SLUG}") { paragraphs {
    id text { ar en: text(language: EN) }
    ar: annotations { kind span { start end excerpt } ${RANGE} ${SUBJECT} }
    en: annotations(language: EN) { kind span { start end excerpt } ${RANGE} ${SUBJECT} }
  } } }`);
  return data.article.paragraphs as Para[];
}

const key = (a: Located) => `${a.subject.id}@${a.span.start}-${a.span.end}`;

describe('annotations in the English translation', () => {
  it('gives every annotation a range of the English text whose excerpt is the text there, ordered by it', async () => {
    let count = 0;
    for (const p of await paragraphs()) {
      for (const a of p.en) {
        expect(a.range.language).toBe('EN');
        expect(p.text.en.slice(a.range.start, a.range.end)).toBe(a.range.excerpt);
        expect(a.range.excerpt.trim()).toBe(a.range.excerpt);
        expect(p.text.ar.slice(a.span.start, a.span.end)).toBe(a.span.excerpt); // the evidence stays Arabic
        count++;
      }
      const starts = p.en.map((a) => [a.range.start, a.range.end] as const);
      expect(starts).toEqual([...starts].sort((x, y) => x[0] - y[0] || x[1] - y[1]));
      // Every span of this dataset has an English counterpart: the same annotations, in another order.
      expect(p.en.map(key).sort()).toEqual(p.ar.map(key).sort());
    }
    expect(count).toBeGreaterThan(150);
  });

  it('in Arabic (the default), the range is the span itself', async () => {
    for (const p of await paragraphs())
      for (const a of p.ar) expect(a.range).toEqual({ language: 'AR', ...a.span, note: null });
  });

  it('puts a mention of an actor\'s full Arabic name on its English name, for every such mention', async () => {
    const dataset = loadDataset();
    let checked = 0;
    for (const p of await paragraphs())
      for (const a of p.en.filter((x) => x.subject.__typename === 'Mention')) {
        const actor = dataset.actors.bySlug.get(a.subject.actor!.slug)!;
        if (a.span.excerpt !== actor.name.ar) continue;
        const names = [actor.name.en, ...actor.aliases.flatMap((x) => (x.en ? [x.en] : []))];
        expect(names.some((n) => a.range.excerpt.includes(n)), `${a.span.excerpt} → ${a.range.excerpt}`).toBe(true);
        checked++;
      }
    expect(checked).toBeGreaterThan(20);
  });

  it('pins what a reader sees in the lead paragraph', async () => {
    const lead = (await paragraphs())[0]!;
    const english = (slug: string) => lead.en.filter((a) => a.subject.actor?.slug === slug).map((a) => a.range.excerpt);
    expect(english('steve-witkoff')).toEqual(['Steve Witkoff']);
    expect(english('vladimir-putin')).toEqual(['Vladimir Putin']);
    expect(english('moscow')).toEqual(['Moscow']);
  });

  it('takes start and end as offsets into the English text, and names that text when they are out of range', async () => {
    const lead = (await paragraphs())[0]!;
    const at = lead.text.en.indexOf('Vladimir Putin');
    const { data } = await execute<{ node: { annotations: Located[] } }>(
      `query($id: ID!, $at: Int!) { node(id: $id) { ... on Paragraph { annotations(language: EN, start: $at, end: $at) { ${RANGE} ${SUBJECT} } } } }`,
      { variables: { id: lead.id, at } },
    );
    expect(data!.node.annotations.map((a) => a.subject.actor?.slug ?? a.subject.__typename)).toContain('vladimir-putin');
    for (const a of data!.node.annotations) expect(a.range.start <= at && at < a.range.end).toBe(true);

    const tooFar = lead.text.en.length + 1;
    const result = await execute(`query($id: ID!) { node(id: $id) { ... on Paragraph { annotations(language: EN, end: ${tooFar}) { kind } } } }`, { variables: { id: lead.id } });
    expect(result.errors?.[0]?.message).toBe(`\`end\` must be between \`start\` (0) and ${lead.text.en.length}; got ${tooFar}.`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'end' });
  });
});

describe('SourceSpan.translation: a gloss for every piece of evidence', () => {
  it('gives each event\'s evidence its English words, with the note where the translation moved a word in', async () => {
    const data = await query(`{ article(slug: "${SLUG}") { events(first: 100) { nodes { slug evidence {
      excerpt paragraph { text { en: text(language: EN) } } translation { language start end excerpt note }
    } } } } }`);
    const spans = (data.article.events.nodes as { evidence: { excerpt: string; paragraph: { text: { en: string } }; translation: Range }[] }[]).flatMap((e) => e.evidence);
    expect(spans.length).toBeGreaterThan(20);
    for (const s of spans) {
      expect(s.translation.language).toBe('EN');
      expect(s.paragraph.text.en.slice(s.translation.start, s.translation.end)).toBe(s.translation.excerpt);
    }
    const expectations = spans.find((s) => s.excerpt === 'وزادت التوقعات عقب اللقاء');
    expect(expectations?.translation.excerpt).toMatch(/^After the meeting, .* expectations grew$/);
    expect(expectations?.translation.note).toMatch(/moves "after the meeting" to the front/);
  });
});
