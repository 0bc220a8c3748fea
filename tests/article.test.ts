import { describe, expect, it } from 'vitest';
import { query } from './helpers/graphql.js';

const SLUG = 'witkoff-putin-talks-moscow';

describe('Article', () => {
  it('is found by slug with its metadata, and null for an unknown slug', async () => {
    const data = await query(`{
      article(slug: "${SLUG}") {
        slug language publishedOn isHeadlineEditorial
        headline { ar en }
        dateline { slug } publisher { slug __typename }
        sourceNote { en }
      }
      missing: article(slug: "no-such-article") { slug }
    }`);
    expect(data.article).toMatchObject({
      slug: SLUG, language: 'AR', publishedOn: '2025-08-08', isHeadlineEditorial: true,
      dateline: { slug: 'moscow' }, publisher: { slug: 'al-jazeera-net', __typename: 'Organization' },
    });
    expect(data.missing).toBeNull();
  });

  it('has the lead and two headed sections, with paragraphs in order', async () => {
    const data = await query(`{ article(slug: "${SLUG}") {
      sections { position heading { ar } paragraphs { position text { ar } section { position } } }
      paragraphs { slug }
    } }`);
    const sections = data.article.sections;
    expect(sections.map((s: any) => s.heading?.ar ?? null)).toEqual([null, 'حوار بلا اختراقات', 'تكهنات وهدنة محتملة']);
    expect(sections.map((s: any) => s.paragraphs.length)).toEqual([6, 5, 6]);
    expect(sections[0].paragraphs[0].text.ar.startsWith('موسكو –')).toBe(true);
    for (const s of sections) for (const p of s.paragraphs) expect(p.section.position).toBe(s.position);
    expect(data.article.paragraphs).toHaveLength(17);
  });

  it('links to its actors, events, quotes, claims and opinions, and each links back', async () => {
    const data = await query(`{ article(slug: "${SLUG}") {
      actors(first: 100) { totalCount nodes { slug articles { nodes { slug } } } }
      events(first: 100) { totalCount nodes { article { slug } } }
      quotes(first: 100) { totalCount nodes { article { slug } } }
      claims(first: 100) { totalCount nodes { article { slug } } }
      expertOpinions { totalCount nodes { article { slug } } }
    } }`);
    const a = data.article;
    expect(a.actors.totalCount).toBeGreaterThanOrEqual(20);
    for (const actor of a.actors.nodes) expect(actor.articles.nodes.map((x: any) => x.slug)).toContain(SLUG);
    for (const list of [a.events, a.quotes, a.claims, a.expertOpinions]) {
      expect(list.totalCount).toBeGreaterThan(0);
      for (const n of list.nodes) expect(n.article.slug).toBe(SLUG);
    }
    expect(a.expertOpinions.totalCount).toBe(2);
  });

  it('gives a timeline: dated events by date, background events first, unplaced ones last', async () => {
    const data = await query(`{ article(slug: "${SLUG}") { timeline {
      position placement earliest event { slug status } placedBy { kind }
    } } }`);
    const timeline = data.article.timeline as any[];
    const at = (slug: string) => timeline.findIndex((e) => e.event.slug === slug);
    expect(timeline.map((e) => e.position)).toEqual(timeline.map((_, i) => i));
    expect(at('previous-putin-witkoff-meetings')).toBeLessThan(at('witkoff-putin-talks-moscow'));
    expect(at('witkoff-putin-talks-moscow')).toBeLessThan(at('trump-deadline-expiry'));
    expect(at('trump-deadline-expiry')).toBeLessThan(at('expected-trump-putin-meeting'));
    expect(at('trump-informs-european-leaders')).toBeLessThan(at('proposed-trump-putin-talks'));
    expect(at('proposed-trump-putin-talks')).toBeLessThan(at('proposed-trilateral-meeting'));
    const dated = timeline.filter((e) => e.placement === 'DATED').map((e) => e.earliest);
    expect(dated).toEqual([...dated].sort());
    const placements = timeline.map((e) => e.placement);
    expect(placements.lastIndexOf('DATED')).toBeLessThan(placements.indexOf('UNPLACED'));
    for (const e of timeline.filter((e) => e.placement === 'RELATIVE')) expect(e.placedBy.length).toBeGreaterThan(0);
  });

  it('lists articles as a connection', async () => {
    const data = await query('{ articles { totalCount nodes { slug } } }');
    expect(data.articles).toEqual({ totalCount: 1, nodes: [{ slug: SLUG }] });
  });
});

describe('narrow types', () => {
  it('types the publisher as an Organization, the dateline and a role\'s country as Places', async () => {
    const data = await query(`{
      article(slug: "witkoff-putin-talks-moscow") { publisher { __typename memberRoles { id } } dateline { __typename eventsHere { totalCount } } }
      actor(slug: "donald-trump") { roles { country { __typename eventsHere { totalCount } } } }
    }`);
    expect(data.article.publisher.__typename).toBe('Organization');
    expect(data.article.dateline.__typename).toBe('Place');
    expect(data.actor.roles.some((r: any) => r.country?.__typename === 'Place')).toBe(true);
  });
});
