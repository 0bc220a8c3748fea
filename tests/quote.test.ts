import { describe, expect, it } from 'vitest';
import { query } from './helpers/graphql.js';
import { loadDataset } from '../src/data/load.js';
import type { TableName, Tables } from '../src/data/records.js';

/** A table's records, read through the loader: validated and typed. */
const table = <K extends TableName>(name: K) => loadDataset()[name].all as readonly Tables[K][number][];
const quotes = table('quotes');
const actorSlug = new Map(table('actors').map((a) => [a.id, a.slug as string]));

const QUOTE = `
  slug kind channel text { ar en } speaker { __typename slug } reportedBy { slug }
  about { slug } claims { slug } expertOpinions { slug } article { slug }
  evidence { start end excerpt paragraph { text { ar } } }
`;

describe('Quote', () => {
  it.each([
    ['ushakov-practical-constructive', 'DIRECT', 'UNSPECIFIED', 'yuri-ushakov', null, 'عملي وبنّاء'],
    ['trump-extremely-productive', 'DIRECT', 'SOCIAL_MEDIA', 'donald-trump', null, 'مثمرا للغاية'],
    ['trump-informed-european-leaders', 'REPORTED', 'NEWS_AGENCY', 'donald-trump', 'reuters', null],
    ['zabolotov-failure', 'DIRECT', 'INTERVIEW', 'lev-zabolotov', 'al-jazeera-net', 'فاشلة'],
    ['american-reports-additional-restrictions', 'REPORTED', 'MEDIA_REPORT', 'american-reports', null, null],
  ])('gives %s: %s, %s, said by %s, reported by %s', async (slug, kind, channel, speaker, reportedBy, ar) => {
    const data = await query(`{ quotes(first: 100) { nodes { ${QUOTE} } } }`);
    const q = data.quotes.nodes.find((x: any) => x.slug === slug);
    expect(q).toMatchObject({ kind, channel, speaker: { slug: speaker }, article: { slug: 'witkoff-putin-talks-moscow' } });
    expect(q.reportedBy?.slug ?? null).toBe(reportedBy);
    if (ar) expect(q.text.ar).toBe(ar);
  });

  it.each([
    ['trump-extremely-productive', 'EN', true],
    ['trump-informed-european-leaders', 'EN', true],
    ['ushakov-practical-constructive', 'RU', true],
    ['zabolotov-failure', 'UNKNOWN', false],
  ])('gives %s its original language %s (inferred: %s) and flags its English as our translation', async (slug, language, isInferred) => {
    const data = await query('{ quotes(first: 100) { nodes { slug isEnglishTranslated originalLanguage { language isInferred basis { ar en } } } } }');
    const q = data.quotes.nodes.find((x: any) => x.slug === slug);
    expect(q.originalLanguage).toMatchObject({ language, isInferred });
    expect(q.originalLanguage.basis.en.length).toBeGreaterThan(20);
    expect(q.isEnglishTranslated).toBe(true);
  });

  it('has every quote verbatim in the paragraph of its first evidence span, with spans that match their paragraph', async () => {
    const data = await query(`{ quotes(first: 100) { totalCount nodes { ${QUOTE} } } }`);
    expect(data.quotes.totalCount).toBe(quotes.length);
    for (const q of data.quotes.nodes) {
      expect(q.evidence.length, q.slug).toBeGreaterThan(0);
      expect(q.evidence[0].paragraph.text.ar).toContain(q.text.ar);
      for (const s of q.evidence) expect(s.paragraph.text.ar.slice(s.start, s.end)).toBe(s.excerpt);
      expect(q.text.en.length).toBeGreaterThan(0);
    }
  });

  it('gives the events a quote is about, as the data has them', async () => {
    const data = await query('{ quotes(first: 100) { nodes { slug about { slug } } } }');
    const events = new Map(table('events').map((e) => [e.id, e.slug]));
    for (const q of data.quotes.nodes) {
      const record = quotes.find((r) => r.slug === q.slug)!;
      expect(q.about.map((e: any) => e.slug)).toEqual(record.aboutEventIds.map((id: string) => events.get(id)));
    }
  });
});

describe('Quote relations, both directions', () => {
  it('links quotes and claims: quote.claims ↔ claim.quotes', async () => {
    const data = await query(`{
      quotes(first: 100) { nodes { slug claims { slug quotes { slug } } } }
      claims(first: 100) { nodes { slug quotes { slug claims { slug } } } }
    }`);
    let links = 0;
    for (const q of data.quotes.nodes)
      for (const c of q.claims) {
        links++;
        expect(c.quotes.map((x: any) => x.slug)).toContain(q.slug);
      }
    for (const c of data.claims.nodes) for (const q of c.quotes) expect(q.claims.map((x: any) => x.slug)).toContain(c.slug);
    expect(links).toBe(table('claims').reduce((n, c) => n + c.quoteIds.length, 0));
  });

  it('carries several claims in one quote (the deep-state quote carries two)', async () => {
    const data = await query('{ quotes(filter: { speaker: "dmitry-kim" }) { nodes { slug claims { slug claimant { slug } } } } }');
    const deepState = data.quotes.nodes.find((q: any) => q.slug === 'kim-deep-state');
    expect(deepState.claims.map((c: any) => c.slug).sort()).toEqual(['kim-deep-state-opposes-cooperation', 'kim-deep-state-pushes-us-interests-or-sanctions']);
    for (const c of deepState.claims) expect(c.claimant.slug).toBe('dmitry-kim');
  });

  it('links quotes and expert opinions: quote.expertOpinions ↔ opinion.quotes', async () => {
    const data = await query(`{
      quotes(first: 100) { nodes { slug speaker { slug } expertOpinions { slug expert { slug } quotes { slug } } } }
      expertOpinions { nodes { slug quotes { slug expertOpinions { slug } } } }
    }`);
    for (const q of data.quotes.nodes)
      for (const o of q.expertOpinions) {
        expect(o.quotes.map((x: any) => x.slug)).toContain(q.slug);
        expect(o.expert.slug).toBe(q.speaker.slug);
      }
    for (const o of data.expertOpinions.nodes) for (const q of o.quotes) expect(q.expertOpinions.map((x: any) => x.slug)).toContain(o.slug);
    const trump = data.quotes.nodes.find((q: any) => q.slug === 'trump-extremely-productive');
    expect(trump.expertOpinions).toEqual([]);
  });

  it('links a quote with its speaker: quote.speaker ↔ actor.quotes', async () => {
    const data = await query('{ quotes(first: 100) { nodes { slug speaker { slug quotes(first: 100) { nodes { slug speaker { slug } } } } } } }');
    for (const q of data.quotes.nodes) {
      expect(q.speaker.quotes.nodes.map((x: any) => x.slug)).toContain(q.slug);
      for (const x of q.speaker.quotes.nodes) expect(x.speaker.slug).toBe(q.speaker.slug);
    }
  });

  it('links a quote with the outlet that reported it: quote.reportedBy ↔ organization.reportedQuotes', async () => {
    const data = await query('{ quotes(first: 100) { nodes { slug reportedBy { slug ... on Organization { reportedQuotes(first: 100) { nodes { slug } } } } } } }');
    const reported = data.quotes.nodes.filter((q: any) => q.reportedBy);
    expect(reported.length).toBe(quotes.filter((q) => q.reportedById).length);
    for (const q of reported) expect(q.reportedBy.reportedQuotes.nodes.map((x: any) => x.slug)).toContain(q.slug);
  });
});

describe('quotes(filter:)', () => {
  const run = (filter: Record<string, unknown>) =>
    query('query($filter: QuoteFilter) { quotes(first: 100, filter: $filter) { totalCount nodes { slug kind channel speaker { slug } } } }', {
      variables: { filter },
    });
  const expected = (pred: (q: any) => boolean) => quotes.filter(pred).map((q) => q.slug);

  it.each([
    [{ speaker: 'yuri-ushakov' }, expected((q) => q.speakerId === 'act_yuri-ushakov')],
    [{ speaker: 'vladimir-putin' }, []],
    [{ kind: 'DIRECT' }, ['ushakov-practical-constructive', 'trump-extremely-productive', 'kim-meetings-exchange-views', 'zabolotov-failure']],
    [{ kind: 'REPORTED' }, expected((q) => q.kind === 'REPORTED')],
    [{ channel: 'SOCIAL_MEDIA' }, ['trump-extremely-productive']],
    [{ channel: 'NEWS_AGENCY' }, ['trump-informed-european-leaders']],
    [{ channel: 'MEDIA_REPORT' }, ['american-reports-additional-restrictions']],
    [{ channel: 'INTERVIEW' }, expected((q) => q.channel === 'INTERVIEW')],
    [{ channel: 'OFFICIAL_STATEMENT' }, []],
    [{ speaker: 'lev-zabolotov', kind: 'DIRECT' }, ['zabolotov-failure']],
    [{ speaker: 'donald-trump', channel: 'NEWS_AGENCY', kind: 'REPORTED' }, ['trump-informed-european-leaders']],
    [{ speaker: 'donald-trump', channel: 'INTERVIEW' }, []],
  ])('filters by %j', async (filter, slugs) => {
    const data = await run(filter);
    expect(data.quotes.nodes.map((q: any) => q.slug)).toEqual(slugs);
    expect(data.quotes.totalCount).toBe(slugs.length);
    for (const q of data.quotes.nodes) {
      if ('speaker' in filter) expect(q.speaker.slug).toBe(filter.speaker);
      if ('kind' in filter) expect(q.kind).toBe(filter.kind);
      if ('channel' in filter) expect(q.channel).toBe(filter.channel);
    }
  });

  it('lists every quote without a filter, in the dataset order', async () => {
    const data = await run({});
    expect(data.quotes.nodes.map((q: any) => q.slug)).toEqual(quotes.map((q) => q.slug));
    expect(new Set(data.quotes.nodes.map((q: any) => q.speaker.slug))).toEqual(new Set(quotes.map((q) => actorSlug.get(q.speakerId))));
  });
});
