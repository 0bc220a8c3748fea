import { describe, expect, it } from 'vitest';
import { query } from './helpers/graphql.js';

const ATTRIBUTION = 'attribution { kind source { slug } via { slug } note { ar en } }';

describe('Attribution', () => {
  it('says whose assertion every event, claim and relation is, with a source exactly when one is named', async () => {
    const data = await query(`{
      events(first: 100) { nodes { slug ${ATTRIBUTION} outgoingRelations { slug ${ATTRIBUTION} } } }
      claims(first: 100) { nodes { slug level claimant { slug } ${ATTRIBUTION} } }
    }`);
    const records = [
      ...data.events.nodes,
      ...data.events.nodes.flatMap((e: any) => e.outgoingRelations),
      ...data.claims.nodes,
    ];
    expect(records.length).toBeGreaterThan(60);
    for (const r of records) {
      const a = r.attribution;
      if (a.kind === 'NAMED_SOURCE') expect(a.source, r.slug).not.toBeNull();
      if (a.kind === 'ARTICLE' || a.kind === 'AKHBAR_READING') expect(a.source, r.slug).toBeNull();
      if (a.kind === 'AKHBAR_READING') expect(a.note?.en, r.slug).toBeTruthy();
    }
    for (const c of data.claims.nodes) {
      if (c.attribution.kind === 'ARTICLE') expect(c.claimant.slug, c.slug).toBe('al-jazeera-net');
      else expect(c.attribution.source?.slug ?? c.claimant.slug, c.slug).toBe(c.claimant.slug);
    }
  });

  it.each([
    ['us-tariffs-sanctions-india-china', 'NAMED_SOURCE', 'lev-zabolotov', null],
    ['trump-informs-european-leaders', 'NAMED_SOURCE', 'donald-trump', 'reuters'],
    ['possible-us-restrictions-on-moscow', 'UNNAMED_SOURCE', 'american-reports', null],
    ['expected-trump-putin-meeting', 'UNNAMED_SOURCE', null, null],
    ['witkoff-putin-talks-moscow', 'ARTICLE', null, null],
  ])('attributes the event %s to %s %s (via %s)', async (slug, kind, source, via) => {
    const data = await query(`{ event(slug: "${slug}") { ${ATTRIBUTION} } }`);
    expect(data.event.attribution).toMatchObject({ kind, source: source && { slug: source }, via: via && { slug: via } });
  });

  it('gives each claim a level: fact, opinion or forecast', async () => {
    const data = await query('{ claims(first: 100) { nodes { slug level } } }');
    const level = new Map(data.claims.nodes.map((c: any) => [c.slug, c.level]));
    expect(level.get('ushakov-meeting-practical-constructive')).toBe('OPINION');
    expect(level.get('trump-informed-european-leaders')).toBe('FACT');
    expect(level.get('american-reports-possible-restrictions')).toBe('FORECAST');
  });
});
