import { describe, expect, it } from 'vitest';
import { query } from './helpers/graphql.js';
import { loadDataset } from '../src/data/load.js';
import type { TableName, Tables } from '../src/data/records.js';

/** A table's records, read through the loader: validated and typed. */
const table = <K extends TableName>(name: K) => loadDataset()[name].all as readonly Tables[K][number][];
const claims = table('claims');

describe('Claim', () => {
  it('gives a claim its statement, claimant, quotes, events, actors, article and evidence', async () => {
    const data = await query(`{ claims(first: 100) { nodes {
      slug statement { ar en } claimant { __typename slug } quotes { slug } aboutEvents { slug } aboutActors { slug }
      expertOpinions { slug } article { slug } evidence { start end excerpt paragraph { text { ar } } }
    } } }`);
    const c = data.claims.nodes.find((x: any) => x.slug === 'ushakov-meeting-practical-constructive');
    expect(c).toMatchObject({
      claimant: { __typename: 'Person', slug: 'yuri-ushakov' },
      quotes: [{ slug: 'ushakov-practical-constructive' }],
      aboutEvents: [{ slug: 'witkoff-putin-talks-moscow' }],
      aboutActors: [{ slug: 'steve-witkoff' }, { slug: 'vladimir-putin' }],
      expertOpinions: [],
      article: { slug: 'witkoff-putin-talks-moscow' },
    });
    expect(c.statement.en.length).toBeGreaterThan(0);
    for (const x of data.claims.nodes) {
      expect(x.evidence.length, x.slug).toBeGreaterThan(0);
      for (const s of x.evidence) expect(s.paragraph.text.ar.slice(s.start, s.end)).toBe(s.excerpt);
    }
  });

  it.each([
    ['kremlin-praised-previous-meetings', 'Organization', 'kremlin'],
    ['media-possible-air-truce', 'Group', 'russian-and-western-media'],
    ['al-jazeera-net-no-breakthrough-in-previous-meetings', 'Organization', 'al-jazeera-net'],
  ])('has %s, a claim without a quote, asserted by the %s %s', async (slug, typename, claimant) => {
    const data = await query(`{ claims(first: 100) { nodes { slug quotes { slug } claimant { __typename slug } } } }`);
    const c = data.claims.nodes.find((x: any) => x.slug === slug);
    expect(c).toEqual({ slug, quotes: [], claimant: { __typename: typename, slug: claimant } });
  });

  it('rests a claim on two quotes (the visit is a failure)', async () => {
    const data = await query(`{ claims(filter: { claimant: "lev-zabolotov" }) { nodes { slug quotes { slug claims { slug } } } } }`);
    const c = data.claims.nodes.find((x: any) => x.slug === 'zabolotov-visit-a-failure');
    expect(c.quotes.map((q: any) => q.slug)).toEqual(['zabolotov-failure', 'zabolotov-visit-no-progress']);
    for (const q of c.quotes) expect(q.claims.map((x: any) => x.slug)).toContain('zabolotov-visit-a-failure');
  });
});

describe('Claim relations, both directions', () => {
  it('links claim.claimant ↔ actor.claims', async () => {
    const data = await query('{ claims(first: 100) { totalCount nodes { slug claimant { slug claims(first: 100) { nodes { slug claimant { slug } } } } } } }');
    expect(data.claims.totalCount).toBe(claims.length);
    for (const c of data.claims.nodes) {
      expect(c.claimant.claims.nodes.map((x: any) => x.slug)).toContain(c.slug);
      for (const x of c.claimant.claims.nodes) expect(x.claimant.slug).toBe(c.claimant.slug);
    }
  });

  it('links claim.aboutActors ↔ actor.claimsAbout', async () => {
    const data = await query(`{
      claims(first: 100) { nodes { slug aboutActors { slug claimsAbout(first: 100) { nodes { slug } } } } }
      actors(first: 100) { nodes { slug claimsAbout(first: 100) { nodes { slug aboutActors { slug } } } } }
    }`);
    for (const c of data.claims.nodes) for (const a of c.aboutActors) expect(a.claimsAbout.nodes.map((x: any) => x.slug)).toContain(c.slug);
    for (const a of data.actors.nodes) for (const c of a.claimsAbout.nodes) expect(c.aboutActors.map((x: any) => x.slug)).toContain(a.slug);
    const nato = data.actors.nodes.find((a: any) => a.slug === 'nato');
    expect(nato.claimsAbout.nodes.map((c: any) => c.slug)).toEqual(['zabolotov-no-solution-while-hardliners-prevail']);
  });

  it('links claim.aboutEvents ↔ event.claims', async () => {
    const data = await query(`{
      claims(first: 100) { nodes { slug aboutEvents { slug claims { slug } } } }
      events(first: 100) { nodes { slug claims { slug aboutEvents { slug } } } }
    }`);
    for (const c of data.claims.nodes) for (const e of c.aboutEvents) expect(e.claims.map((x: any) => x.slug)).toContain(c.slug);
    for (const e of data.events.nodes) for (const c of e.claims) expect(c.aboutEvents.map((x: any) => x.slug)).toContain(e.slug);
  });

  it('links claim.expertOpinions ↔ opinion.claims, and an opinion\'s claims are its expert\'s', async () => {
    const data = await query(`{
      claims(first: 100) { nodes { slug claimant { slug } expertOpinions { slug expert { slug } claims { slug } } } }
      expertOpinions { nodes { slug claims { slug expertOpinions { slug } } } }
    }`);
    let linked = 0;
    for (const c of data.claims.nodes)
      for (const o of c.expertOpinions) {
        linked++;
        expect(o.claims.map((x: any) => x.slug)).toContain(c.slug);
        expect(o.expert.slug).toBe(c.claimant.slug);
      }
    for (const o of data.expertOpinions.nodes) for (const c of o.claims) expect(c.expertOpinions.map((x: any) => x.slug)).toContain(o.slug);
    expect(linked).toBe(19);
  });
});

describe('claims(filter:)', () => {
  const run = (filter: Record<string, unknown>) =>
    query('query($filter: ClaimFilter) { claims(first: 100, filter: $filter) { totalCount nodes { slug claimant { slug } aboutEvents { slug } } } }', {
      variables: { filter },
    });

  it.each([
    [{ claimant: 'kremlin' }, ['kremlin-praised-previous-meetings']],
    [{ claimant: 'donald-trump' }, ['trump-meeting-extremely-productive', 'trump-informed-european-leaders']],
    [{ claimant: 'vladimir-putin' }, []],
    [{ about: 'previous-putin-witkoff-meetings' }, ['kremlin-praised-previous-meetings', 'white-house-praised-previous-meetings', 'al-jazeera-net-no-breakthrough-in-previous-meetings']],
    [{ about: 'us-tariffs-sanctions-india-china' }, ['zabolotov-india-china-measures-failed']],
    [{ about: 'trump-sets-deadline' }, []],
    [{ claimant: 'dmitry-kim', about: 'witkoff-visit-russia' }, ['kim-visit-keeps-dialogue-open', 'kim-no-imminent-breakthrough', 'kim-witkoff-not-authorised-to-negotiate', 'kim-witkoff-carries-messages']],
    [{ claimant: 'yuri-ushakov', about: 'witkoff-visit-russia' }, []],
  ])('filters by %j', async (filter, expected) => {
    const data = await run(filter);
    expect(data.claims.nodes.map((c: any) => c.slug)).toEqual(expected);
    expect(data.claims.totalCount).toBe(expected.length);
    for (const c of data.claims.nodes) {
      if ('claimant' in filter) expect(c.claimant.slug).toBe(filter.claimant);
      if ('about' in filter) expect(c.aboutEvents.map((e: any) => e.slug)).toContain(filter.about);
    }
  });

  it('agrees with the claims listed on the event', async () => {
    const data = await query(`{
      claims(first: 100, filter: { about: "witkoff-putin-talks-moscow" }) { nodes { slug } }
      event(slug: "witkoff-putin-talks-moscow") { claims { slug } }
    }`);
    expect(data.claims.nodes).toEqual(data.event.claims);
    expect(data.claims.nodes.length).toBe(claims.filter((c) => c.aboutEventIds.includes('evt_witkoff-putin-talks-moscow')).length);
  });
});
