import { describe, expect, it } from 'vitest';
import { query } from './helpers/graphql.js';

const OPINION = `
  slug stance channel credential { ar en } subject { ar en } stanceJustification { en }
  expert { __typename slug } reportedBy { slug } subjectEvent { slug } article { slug }
  claims { slug claimant { slug } } quotes { slug speaker { slug } }
  evidence { start end excerpt paragraph { slug text { ar } } }
`;

describe('ExpertOpinion', () => {
  it.each([
    ['dmitry-kim-witkoff-visit', 'dmitry-kim', 'MIXED', 'Writer on international affairs', 9, 5, 5],
    ['lev-zabolotov-witkoff-visit', 'lev-zabolotov', 'NEGATIVE', 'Adviser at the Institute for Security and Defence Studies', 10, 6, 4],
  ])('gives %s: by %s, stance %s', async (slug, expert, stance, credential, claims, quotes, spans) => {
    const data = await query(`{ expertOpinions { totalCount nodes { ${OPINION} } } }`);
    expect(data.expertOpinions.totalCount).toBe(2);
    const o = data.expertOpinions.nodes.find((x: any) => x.slug === slug);
    expect(o).toMatchObject({
      stance, channel: 'INTERVIEW', credential: { en: credential }, expert: { __typename: 'Person', slug: expert },
      reportedBy: { slug: 'al-jazeera-net' }, subjectEvent: { slug: 'witkoff-visit-russia' }, article: { slug: 'witkoff-putin-talks-moscow' },
    });
    expect(o.claims).toHaveLength(claims);
    expect(o.quotes).toHaveLength(quotes);
    for (const c of o.claims) expect(c.claimant.slug).toBe(expert);
    for (const q of o.quotes) expect(q.speaker.slug).toBe(expert);
    expect(o.evidence).toHaveLength(spans);
    for (const s of o.evidence) {
      expect(s.paragraph.text.ar).toContain(s.excerpt);
      expect(s.paragraph.text.ar.slice(s.start, s.end)).toBe(s.excerpt);
    }
    expect(o.stanceJustification.en.length).toBeGreaterThan(0);
  });

  it("cites Kim's credential and Zabolotov's verdict in their own paragraphs", async () => {
    const data = await query(`{ expertOpinions { nodes { slug credential { ar } evidence { excerpt } } } }`);
    const [kim, zabolotov] = ['dmitry-kim-witkoff-visit', 'lev-zabolotov-witkoff-visit'].map((s) => data.expertOpinions.nodes.find((o: any) => o.slug === s));
    expect(kim.evidence[0].excerpt).toContain(kim.credential.ar);
    expect(kim.evidence[0].excerpt).toContain('ديميتري كيم');
    expect(zabolotov.evidence.map((s: any) => s.excerpt).join(' ')).toContain('"فاشلة"');
  });

  it('is listed under its expert (expert ↔ actor.expertOpinions) and its event (subjectEvent ↔ event.expertOpinions)', async () => {
    const data = await query(`{ expertOpinions { nodes {
      slug expert { slug expertOpinions { nodes { slug expert { slug } } } } subjectEvent { expertOpinions { slug } }
    } } }`);
    for (const o of data.expertOpinions.nodes) {
      expect(o.expert.expertOpinions.nodes).toEqual([{ slug: o.slug, expert: { slug: o.expert.slug } }]);
      expect(o.subjectEvent.expertOpinions.map((x: any) => x.slug)).toContain(o.slug);
    }
  });

  it('links opinion.claims ↔ claim.expertOpinions and opinion.quotes ↔ quote.expertOpinions', async () => {
    const data = await query(`{ expertOpinions { nodes { slug claims { expertOpinions { slug } } quotes { expertOpinions { slug } } } } }`);
    for (const o of data.expertOpinions.nodes) {
      for (const c of o.claims) expect(c.expertOpinions).toEqual([{ slug: o.slug }]);
      for (const q of o.quotes) expect(q.expertOpinions).toEqual([{ slug: o.slug }]);
    }
  });

  it('has the quotes the opinion is made of in the paragraphs its evidence cites', async () => {
    const data = await query(`{ expertOpinions { nodes { slug quotes { evidence { paragraph { slug } } } evidence { paragraph { slug } } } } }`);
    for (const o of data.expertOpinions.nodes) {
      const cited = new Set(o.evidence.map((s: any) => s.paragraph.slug));
      for (const q of o.quotes) expect(cited.has(q.evidence[0].paragraph.slug), o.slug).toBe(true);
    }
  });
});

describe('expertOpinions(filter:)', () => {
  it.each([
    [{ expert: 'dmitry-kim' }, ['dmitry-kim-witkoff-visit']],
    [{ expert: 'lev-zabolotov' }, ['lev-zabolotov-witkoff-visit']],
    [{ expert: 'donald-trump' }, []],
    [{ stances: ['MIXED'] }, ['dmitry-kim-witkoff-visit']],
    [{ stances: ['NEGATIVE'] }, ['lev-zabolotov-witkoff-visit']],
    [{ stances: ['MIXED', 'NEGATIVE'] }, ['dmitry-kim-witkoff-visit', 'lev-zabolotov-witkoff-visit']],
    [{ stances: ['POSITIVE', 'SKEPTICAL', 'NEUTRAL'] }, []],
    [{ stances: [] }, []],
    [{ expert: 'dmitry-kim', stances: ['NEGATIVE'] }, []],
    [{ expert: 'lev-zabolotov', stances: ['NEGATIVE'] }, ['lev-zabolotov-witkoff-visit']],
    [{}, ['dmitry-kim-witkoff-visit', 'lev-zabolotov-witkoff-visit']],
  ])('filters by %j', async (filter, expected) => {
    const data = await query('query($filter: ExpertOpinionFilter) { expertOpinions(filter: $filter) { totalCount nodes { slug stance } } }', {
      variables: { filter },
    });
    expect(data.expertOpinions.nodes.map((o: any) => o.slug)).toEqual(expected);
    expect(data.expertOpinions.totalCount).toBe(expected.length);
  });
});
