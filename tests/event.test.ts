import { describe, expect, it } from 'vitest';
import { query } from './helpers/graphql.js';
import { loadDataset } from '../src/data/load.js';
import type { TableName, Tables } from '../src/data/records.js';

/** A table's records, read through the loader: validated and typed. */
const table = <K extends TableName>(name: K) => loadDataset()[name].all as readonly Tables[K][number][];
const events = table('events');
const slugOfEvent = new Map(events.map((e) => [e.id, e.slug as string]));
const eventSlugs = events.map((e) => e.slug as string);
const datedSlugs = events.filter((e) => e.date).map((e) => e.slug as string);

const DATE = 'date { value precision bound isInferred basis { ar en } earliest latest }';

describe('event(slug:)', () => {
  it('gives the Witkoff–Putin talks with kind, status, inferred date, duration, place and note', async () => {
    const data = await query(`{ event(slug: "witkoff-putin-talks-moscow") {
      slug kind status title { ar en } summary { en } ${DATE} duration count place { __typename slug } note { en } article { slug }
      evidence { excerpt start end paragraph { text { ar } } }
    } }`);
    const e = data.event;
    expect(e).toMatchObject({
      slug: 'witkoff-putin-talks-moscow', kind: 'TALKS', status: 'OCCURRED', duration: 'PT3H', count: null,
      place: { __typename: 'Place', slug: 'moscow' }, article: { slug: 'witkoff-putin-talks-moscow' },
      title: { ar: 'مباحثات ويتكوف وبوتين في موسكو' },
    });
    expect(e.date).toMatchObject({
      value: '2025-08-08', precision: 'DAY', bound: 'NOT_LATER_THAN', isInferred: true, earliest: '2025-08-08', latest: '2025-08-08',
    });
    expect(e.date.basis.en).toMatch(/datelined 2025-08-08/);
    expect(e.note.en).toMatch(/series of Witkoff–Putin meetings/);
    expect(e.evidence.length).toBeGreaterThan(0);
    for (const s of e.evidence) expect(s.paragraph.text.ar.slice(s.start, s.end)).toBe(s.excerpt);
  });

  it('is null for an unknown slug', async () => {
    const data = await query('{ event(slug: "no-such-event") { slug } }');
    expect(data.event).toBeNull();
  });

  it.each([
    // slug, kind, status, value, precision, bound, earliest, latest
    ['trump-deadline-expiry', 'DEADLINE', 'EXPECTED', '2025-08-10', 'DAY', 'NOT_LATER_THAN', '2025-08-10', '2025-08-10'],
    ['expected-trump-putin-meeting', 'MEETING', 'EXPECTED', '2025-W33', 'WEEK', 'APPROXIMATE', '2025-08-11', '2025-08-17'],
  ])('dates %s (%s, %s) as %s at %s precision, %s', async (slug, kind, status, value, precision, bound, earliest, latest) => {
    const data = await query(`{ event(slug: "${slug}") { kind status ${DATE} } }`);
    expect(data.event).toMatchObject({ kind, status });
    expect(data.event.date).toMatchObject({ value, precision, bound, isInferred: true, earliest, latest });
    expect(data.event.date.basis.en.length).toBeGreaterThan(0);
    expect(data.event.date.basis.ar.length).toBeGreaterThan(0);
  });

  it('explains the inferred deadline expiry from the talks ("two days before the end of the deadline")', async () => {
    const data = await query(`{ event(slug: "trump-deadline-expiry") { date { basis { en } } note { en } } }`);
    expect(data.event.date.basis.en).toContain('two days before the end of the deadline');
    expect(data.event.note.en).toMatch(/expected/);
  });

  it('has null date, duration, count and place where the article gives none', async () => {
    const data = await query('{ event(slug: "trump-sets-deadline") { date { value } duration count place { slug } note { en } } }');
    expect(data.event).toEqual({ date: null, duration: null, count: null, place: null, note: null });
  });

  it.each(['previous-putin-witkoff-meetings', 'witkoff-putin-meetings-since-trump-took-office'])(
    'counts four meetings in %s, as its paragraph gives it, with a note on the conflicting count',
    async (slug) => {
      const data = await query(`{ event(slug: "${slug}") { kind count note { en ar } date { value } } }`);
      expect(data.event).toMatchObject({ kind: 'MEETING', count: 4, date: null });
      expect(data.event.note.en).toContain('two conflicting counts');
      expect(data.event.note.en).toContain('not a settled fact');
    },
  );
});

describe('Event conflicts', () => {
  it('links the two meeting counts by CONFLICTS_WITH and surfaces it on both series and on the talks', async () => {
    const data = await query(`{
      previous: event(slug: "previous-putin-witkoff-meetings") { count conflicts { slug } }
      sinceOffice: event(slug: "witkoff-putin-meetings-since-trump-took-office") { count conflicts { slug } }
      talks: event(slug: "witkoff-putin-talks-moscow") {
        conflicts { slug kind source { slug } target { slug } concerns { slug } attribution { kind note { en } } note { en } evidence { excerpt } }
        relatedEvents { slug }
      }
      trumpStatement: event(slug: "trump-social-media-statement") { conflicts { slug } }
    }`);
    expect(data.previous).toEqual({ count: 4, conflicts: [{ slug: 'meeting-counts-conflict' }] });
    expect(data.sinceOffice).toEqual({ count: 4, conflicts: [{ slug: 'meeting-counts-conflict' }] });
    expect(data.talks.conflicts).toEqual([expect.objectContaining({
      kind: 'CONFLICTS_WITH',
      source: { slug: 'previous-putin-witkoff-meetings' },
      target: { slug: 'witkoff-putin-meetings-since-trump-took-office' },
      concerns: [{ slug: 'witkoff-putin-talks-moscow' }],
      attribution: expect.objectContaining({ kind: 'AKHBAR_READING' }),
    })]);
    expect(data.talks.conflicts[0].note.en).toMatch(/neither is taken as fact/);
    expect(data.talks.conflicts[0].evidence.map((s: any) => s.excerpt).join(' ')).toMatch(/الأربعة السابقة.*4 اجتماعات/);
    // Neither reading is encoded: the talks are not placed in the last paragraph's series.
    expect(data.talks.relatedEvents.map((e: any) => e.slug)).not.toContain('witkoff-putin-meetings-since-trump-took-office');
    expect(data.trumpStatement.conflicts).toEqual([]);
  });
});

describe('Event participants', () => {
  it('lists the talks participants once each, with all their roles, and each actor lists the talks back with the same roles', async () => {
    const data = await query(`{ event(slug: "witkoff-putin-talks-moscow") {
      participants { roles event { slug } actor { id slug participations(first: 100) { nodes { roles event { slug } } } events(first: 100) { nodes { slug } } } }
    } }`);
    const ps = data.event.participants;
    expect(new Set(ps.map((p: any) => p.actor.id)).size).toBe(ps.length);
    expect(ps.map((p: any) => `${p.actor.slug}:${[...p.roles].sort()}`).sort())
      .toEqual(['steve-witkoff:ENVOY,VISITOR', 'vladimir-putin:HOST']);
    for (const p of ps) {
      expect(p.event.slug).toBe('witkoff-putin-talks-moscow');
      expect(p.actor.participations.nodes).toContainEqual({ roles: p.roles, event: { slug: 'witkoff-putin-talks-moscow' } });
      expect(p.actor.events.nodes.map((e: any) => e.slug)).toContain('witkoff-putin-talks-moscow');
    }
  });

  it('has no participants for the outbreak of the war', async () => {
    const data = await query('{ event(slug: "ukraine-war-outbreak") { participants { roles } place { slug } } }');
    expect(data.event).toEqual({ participants: [], place: { slug: 'ukraine' } });
  });
});

describe('Event relations', () => {
  it('gives the talks their outgoing and incoming relations, each with the talks on the right side', async () => {
    const data = await query(`{ event(slug: "witkoff-putin-talks-moscow") {
      outgoingRelations { kind source { slug } target { slug } }
      incomingRelations { kind source { slug } target { slug } }
      relatedEvents { slug }
    } }`);
    const e = data.event;
    expect(e.outgoingRelations.map((r: any) => `${r.kind}>${r.target.slug}`).sort()).toEqual([
      'PART_OF>witkoff-visit-russia',
      'PRECEDES>expected-trump-putin-meeting',
      'PRECEDES>trump-deadline-expiry',
    ]);
    for (const r of e.outgoingRelations) expect(r.source.slug).toBe('witkoff-putin-talks-moscow');
    expect(e.incomingRelations.map((r: any) => `${r.source.slug}>${r.kind}`).sort()).toEqual([
      'previous-putin-witkoff-meetings>PRECEDES',
      'trump-social-media-statement>FOLLOWS_UP',
      'ushakov-assessment-statement>FOLLOWS_UP',
    ]);
    for (const r of e.incomingRelations) expect(r.target.slug).toBe('witkoff-putin-talks-moscow');
    const related = [...e.outgoingRelations.map((r: any) => r.target.slug), ...e.incomingRelations.map((r: any) => r.source.slug)];
    expect(e.relatedEvents.map((x: any) => x.slug).sort()).toEqual([...new Set(related)].sort());
  });

  it('keeps every relation consistent both ways: in the source\'s outgoing and the target\'s incoming lists', async () => {
    const data = await query(`{ events(first: 100) { nodes {
      slug
      outgoingRelations { slug source { slug } target { slug incomingRelations { slug } relatedEvents { slug } } }
      incomingRelations { slug target { slug } source { slug outgoingRelations { slug } } }
    } } }`);
    let outgoing = 0;
    for (const e of data.events.nodes) {
      for (const r of e.outgoingRelations) {
        outgoing++;
        expect(r.source.slug).toBe(e.slug);
        expect(r.target.incomingRelations.map((x: any) => x.slug)).toContain(r.slug);
        expect(r.target.relatedEvents.map((x: any) => x.slug)).toContain(e.slug);
      }
      for (const r of e.incomingRelations) {
        expect(r.target.slug).toBe(e.slug);
        expect(r.source.outgoingRelations.map((x: any) => x.slug)).toContain(r.slug);
      }
    }
    expect(outgoing).toBe(table('eventRelations').length);
  });

  it('matches the relations in the data', async () => {
    const data = await query('{ events(first: 100) { nodes { slug outgoingRelations { kind target { slug } } } } }');
    const fromApi = data.events.nodes.flatMap((e: any) => e.outgoingRelations.map((r: any) => `${e.slug} ${r.kind} ${r.target.slug}`)).sort();
    const fromData = table('eventRelations').map((r) => `${slugOfEvent.get(r.fromEventId)} ${r.kind} ${slugOfEvent.get(r.toEventId)}`).sort();
    expect(fromApi).toEqual(fromData);
  });
});

describe('Quotes, claims and opinions about an event', () => {
  it('lists the quotes about the talks, each naming the talks in `about` (and back)', async () => {
    const data = await query(`{
      event(slug: "witkoff-putin-talks-moscow") { quotes { slug about { slug } } }
      quotes(first: 100) { nodes { slug about { slug quotes { slug } } } }
    }`);
    const expected = table('quotes').filter((q) => q.aboutEventIds.includes('evt_witkoff-putin-talks-moscow')).map((q) => q.slug).sort();
    expect(data.event.quotes.map((q: any) => q.slug).sort()).toEqual(expected);
    for (const q of data.event.quotes) expect(q.about.map((e: any) => e.slug)).toContain('witkoff-putin-talks-moscow');
    for (const q of data.quotes.nodes) for (const e of q.about) expect(e.quotes.map((x: any) => x.slug)).toContain(q.slug);
  });

  it('lists the claims about the visit, each naming the visit in `aboutEvents` (and back)', async () => {
    const data = await query(`{
      event(slug: "witkoff-visit-russia") { claims { slug aboutEvents { slug } } }
      claims(first: 100) { nodes { slug aboutEvents { slug claims { slug } } } }
    }`);
    const expected = table('claims').filter((c) => c.aboutEventIds.includes('evt_witkoff-visit-russia')).map((c) => c.slug).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(data.event.claims.map((c: any) => c.slug).sort()).toEqual(expected);
    for (const c of data.event.claims) expect(c.aboutEvents.map((e: any) => e.slug)).toContain('witkoff-visit-russia');
    for (const c of data.claims.nodes) for (const e of c.aboutEvents) expect(e.claims.map((x: any) => x.slug)).toContain(c.slug);
  });

  it('lists the two expert opinions on the visit, each with the visit as its subjectEvent', async () => {
    const data = await query(`{
      visit: event(slug: "witkoff-visit-russia") { expertOpinions { slug subjectEvent { slug } } }
      talks: event(slug: "witkoff-putin-talks-moscow") { expertOpinions { slug } }
    }`);
    expect(data.visit.expertOpinions.map((o: any) => o.slug).sort()).toEqual(['dmitry-kim-witkoff-visit', 'lev-zabolotov-witkoff-visit']);
    for (const o of data.visit.expertOpinions) expect(o.subjectEvent.slug).toBe('witkoff-visit-russia');
    expect(data.talks.expertOpinions).toEqual([]);
  });
});

describe('Event chronology', () => {
  it('gives each event its own entry, with positions 0..n-1 and dates matching the event date', async () => {
    const data = await query(`{ events(first: 100) { nodes { slug date { earliest latest } chronology { position placement earliest latest event { slug } } } } }`);
    const nodes = data.events.nodes;
    expect(nodes.map((e: any) => e.chronology.position).sort((a: number, b: number) => a - b)).toEqual(nodes.map((_: unknown, i: number) => i));
    for (const e of nodes) {
      expect(e.chronology.event.slug).toBe(e.slug);
      expect(e.chronology.placement === 'DATED').toBe(e.date !== null);
      expect(e.chronology.earliest).toBe(e.date?.earliest ?? null);
      expect(e.chronology.latest).toBe(e.date?.latest ?? null);
    }
  });

  it('respects every ordering relation (PRECEDES, CAUSE_OF, AIMS_AT forwards; FOLLOWS_UP, RESPONSE_TO, PART_OF backwards)', async () => {
    const data = await query('{ events(first: 100) { nodes { slug chronology { position } outgoingRelations { kind target { chronology { position } } } } } }');
    let checked = 0;
    for (const e of data.events.nodes)
      for (const r of e.outgoingRelations) {
        const [from, to] = [e.chronology.position, r.target.chronology.position];
        if (['PRECEDES', 'CAUSE_OF', 'AIMS_AT'].includes(r.kind)) expect(from, `${e.slug} ${r.kind}`).toBeLessThan(to);
        else if (['FOLLOWS_UP', 'RESPONSE_TO', 'PART_OF'].includes(r.kind)) expect(from, `${e.slug} ${r.kind}`).toBeGreaterThan(to);
        else continue;
        checked++;
      }
    expect(checked).toBeGreaterThan(10);
  });

  it('places the undated series before the talks and leaves the unrelated events unplaced, last', async () => {
    const data = await query(`{
      series: event(slug: "previous-putin-witkoff-meetings") { chronology { placement position placedBy { kind } } }
      talks: event(slug: "witkoff-putin-talks-moscow") { chronology { position } }
      tariffs: event(slug: "us-tariffs-sanctions-india-china") { chronology { placement position placedBy { kind } } }
    }`);
    expect(data.series.chronology).toMatchObject({ placement: 'RELATIVE', placedBy: [{ kind: 'PRECEDES' }] });
    expect(data.series.chronology.position).toBeLessThan(data.talks.chronology.position);
    expect(data.tariffs.chronology).toMatchObject({ placement: 'UNPLACED', placedBy: [] });
    expect(data.tariffs.chronology.position).toBeGreaterThan(data.talks.chronology.position);
  });
});

describe('events(filter:)', () => {
  const slugsOf = (data: any) => data.events.nodes.map((e: any) => e.slug);
  const run = (filter: Record<string, unknown>) =>
    query('query($filter: EventFilter) { events(first: 100, filter: $filter) { totalCount nodes { slug } } }', { variables: { filter } });

  it.each([
    [{ kinds: ['MEETING'] }, ['previous-putin-witkoff-meetings', 'witkoff-putin-meetings-since-trump-took-office', 'expected-trump-putin-meeting', 'proposed-trilateral-meeting']],
    [{ kinds: ['TALKS', 'VISIT'] }, ['witkoff-putin-talks-moscow', 'witkoff-visit-russia', 'proposed-trump-putin-talks']],
    [{ kinds: ['PEACE_AGREEMENT'] }, ['ukraine-peace-agreement']],
    [{ statuses: ['SPECULATED'] }, ['possible-air-truce', 'possible-us-restrictions-on-moscow']],
    [{ statuses: ['EXPECTED', 'PROPOSED'] }, ['trump-deadline-expiry', 'expected-trump-putin-meeting', 'proposed-trump-putin-talks', 'proposed-trilateral-meeting']],
    [{ statuses: ['THREATENED'] }, ['punitive-measures-against-russia']],
    [{ kinds: ['MEETING'], statuses: ['OCCURRED'] }, ['previous-putin-witkoff-meetings', 'witkoff-putin-meetings-since-trump-took-office']],
    [{ from: '2025-08-09' }, ['trump-deadline-expiry', 'expected-trump-putin-meeting']],
    [{ from: '2025-08-11', to: '2025-08-11' }, ['expected-trump-putin-meeting']],
    [{ from: '2025-08-17' }, ['expected-trump-putin-meeting']],
    [{ from: '2025-08-18' }, []],
    [{ to: '2025-08-07' }, []],
    [{ from: '2025-08-10', to: '2025-08-10' }, ['trump-deadline-expiry']],
    [{ participant: 'volodymyr-zelensky' }, ['proposed-trilateral-meeting']],
    [{ participant: 'kyiv' }, ['possible-air-truce']],
    [{ participant: 'kremlin' }, []],
    [{ place: 'moscow' }, ['witkoff-putin-talks-moscow', 'witkoff-visit-russia']],
    [{ place: 'ukraine' }, ['ukraine-peace-agreement', 'ukraine-war-outbreak', 'possible-air-truce']],
    [{ place: 'india' }, []],
    [{ participant: 'donald-trump', statuses: ['THREATENED', 'SOUGHT'] }, ['ukraine-peace-agreement', 'punitive-measures-against-russia']],
    [{ place: 'moscow', kinds: ['VISIT'] }, ['witkoff-visit-russia']],
  ])('filters by %j', async (filter, expected) => {
    const data = await run(filter);
    expect(slugsOf(data)).toEqual(expected);
    expect(data.events.totalCount).toBe(expected.length);
  });

  it('leaves undated events out of any date range, however wide', async () => {
    const data = await run({ from: '1900-01-01', to: '2100-12-31' });
    expect(slugsOf(data)).toEqual(datedSlugs);
    expect(datedSlugs.length).toBeLessThan(eventSlugs.length);
    for (const slug of ['trump-sets-deadline', 'previous-putin-witkoff-meetings', 'ukraine-war-outbreak']) expect(slugsOf(data)).not.toContain(slug);
  });

  it('takes the range from variables as well as inline literals', async () => {
    const data = await query(`{ events(filter: { from: "2025-08-09" }) { nodes { slug } } }`);
    const viaVariables = await run({ from: '2025-08-09' });
    expect(data.events.nodes).toEqual(viaVariables.events.nodes);
    expect(data.events.nodes).toHaveLength(2);
  });

  it("finds every event of Putin's participations, and no other", async () => {
    const data = await query(`{
      events(first: 100, filter: { participant: "vladimir-putin" }) { nodes { slug participants { actor { slug } } } }
      actor(slug: "vladimir-putin") { events(first: 100) { nodes { slug } } }
    }`);
    expect(data.events.nodes.map((e: any) => e.slug)).toEqual(data.actor.events.nodes.map((e: any) => e.slug));
    expect(data.events.nodes.length).toBeGreaterThan(3);
    for (const e of data.events.nodes) expect(e.participants.map((p: any) => p.actor.slug)).toContain('vladimir-putin');
  });

  it('filters an article\'s events the same way as the root list', async () => {
    const data = await query(`{
      article(slug: "witkoff-putin-talks-moscow") { events(first: 100, filter: { statuses: [SPECULATED] }) { nodes { slug } } }
      events(first: 100, filter: { statuses: [SPECULATED] }) { nodes { slug } }
    }`);
    expect(data.article.events.nodes).toEqual(data.events.nodes);
    expect(data.events.nodes).toHaveLength(2);
  });
});

describe('events(orderBy:)', () => {
  it.each([
    ['ARTICLE', 'ASC'],
    ['ARTICLE', 'DESC'],
    ['DATE', 'ASC'],
    ['DATE', 'DESC'],
  ])('orders by %s %s', async (field, direction) => {
    const data = await query(`{ events(first: 100, orderBy: { field: ${field}, direction: ${direction} }) { nodes { slug chronology { position placement } } } }`);
    const slugs = data.events.nodes.map((e: any) => e.slug);
    let expected: string[];
    if (field === 'ARTICLE') {
      expected = [...eventSlugs];
      if (direction === 'DESC') expected.reverse();
    } else {
      // Placed events in chronological order (reversed for DESC); unplaced ones last either way.
      const byPosition = [...data.events.nodes].sort((a: any, b: any) => a.chronology.position - b.chronology.position);
      const placed = byPosition.filter((e: any) => e.chronology.placement !== 'UNPLACED').map((e: any) => e.slug);
      const unplaced = byPosition.filter((e: any) => e.chronology.placement === 'UNPLACED').map((e: any) => e.slug);
      expect(unplaced.length).toBeGreaterThan(0);
      expected = [...(direction === 'DESC' ? placed.reverse() : placed), ...unplaced];
    }
    expect(slugs).toEqual(expected);
    expect(slugs).toHaveLength(eventSlugs.length);
  });

  it('puts the talks before the expected summit under DATE ASC and after it under DATE DESC', async () => {
    const data = await query(`{
      asc: events(first: 100, orderBy: { field: DATE }) { nodes { slug } }
      desc: events(first: 100, orderBy: { field: DATE, direction: DESC }) { nodes { slug } }
      article: events(first: 100) { nodes { slug } }
    }`);
    const at = (list: any[], slug: string) => list.findIndex((e: any) => e.slug === slug);
    expect(at(data.asc.nodes, 'witkoff-putin-talks-moscow')).toBeLessThan(at(data.asc.nodes, 'expected-trump-putin-meeting'));
    expect(at(data.desc.nodes, 'witkoff-putin-talks-moscow')).toBeGreaterThan(at(data.desc.nodes, 'expected-trump-putin-meeting'));
    expect(data.desc.nodes.at(-1)).toEqual(data.asc.nodes.at(-1)); // an unplaced event, last both ways
    expect(data.asc.nodes).not.toEqual(data.article.nodes);
  });

  it('filters, then orders', async () => {
    const data = await query(`{ events(filter: { kinds: [MEETING] }, orderBy: { field: DATE }) { nodes { slug } } }`);
    expect(data.events.nodes.map((e: any) => e.slug)).toEqual([
      // the three-way meeting has no date and no relation that orders it: unplaced, so last
      'previous-putin-witkoff-meetings', 'witkoff-putin-meetings-since-trump-took-office', 'expected-trump-putin-meeting', 'proposed-trilateral-meeting',
    ]);
  });
});
