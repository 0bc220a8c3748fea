import { describe, expect, it } from 'vitest';
import { query } from './helpers/graphql.js';
import { loadDataset } from '../src/data/load.js';
import type { TableName, Tables } from '../src/data/records.js';

/** A table of `data/`, read as the source of the facts these tests expect. */
/** A table's records, read through the loader: validated and typed. */
const table = <K extends TableName>(name: K) => loadDataset()[name].all as readonly Tables[K][number][];
const actors = table('actors');
const mentions = table('mentions');
const slugOfActor = new Map(actors.map((a) => [a.id, a.slug as string]));
const mentionCountOf = (slug: string) => mentions.filter((m) => slugOfActor.get(m.actorId) === slug).length;

const ACTOR_FIELDS = `
  __typename slug kind name { ar en } aliases { ar en } mentionCount
  roles { slug title { en } actor { slug } organization { slug } country { slug } }
`;

describe('actor(slug:)', () => {
  it.each([
    ['donald-trump', 'Person', 'PERSON', 'دونالد ترامب', 'Donald Trump'],
    ['kremlin', 'Organization', 'ORGANIZATION', 'الكرملين', 'the Kremlin'],
    ['moscow', 'Place', 'PLACE', 'موسكو', 'Moscow'],
    ['european-leaders', 'Group', 'GROUP', 'قادة أوروبيون', 'European leaders'],
  ])('finds %s as a %s', async (slug, typename, kind, ar, en) => {
    const data = await query(`{ actor(slug: "${slug}") { ${ACTOR_FIELDS} } }`);
    expect(data.actor).toMatchObject({ __typename: typename, slug, kind, name: { ar, en } });
  });

  it('is null for an unknown slug', async () => {
    const data = await query('{ actor(slug: "no-such-actor") { slug } }');
    expect(data.actor).toBeNull();
  });

  it('gives Trump his aliases, including the spelling ترمب', async () => {
    const data = await query(`{ actor(slug: "donald-trump") { aliases { ar en } } }`);
    expect(data.actor.aliases).toContainEqual({ ar: 'ترمب', en: null });
    expect(data.actor.aliases).toContainEqual({ ar: 'ترامب', en: 'Trump' });
  });

  it.each([
    ['donald-trump', 'President of the United States', null, 'united-states'],
    ['vladimir-putin', 'President of Russia', null, 'russia'],
    ['lev-zabolotov', 'Adviser at the Institute for Security and Defence Studies', 'institute-for-security-and-defence-studies', null],
    ['dmitry-kim', 'Writer on international affairs', null, null],
  ])('gives %s the role "%s" with its organisation and country', async (slug, title, organization, country) => {
    const data = await query(`{ actor(slug: "${slug}") { ${ACTOR_FIELDS} } }`);
    expect(data.actor.roles).toHaveLength(1);
    const role = data.actor.roles[0];
    expect(role.title.en).toBe(title);
    expect(role.actor.slug).toBe(slug);
    expect(role.organization?.slug ?? null).toBe(organization);
    expect(role.country?.slug ?? null).toBe(country);
  });

  it('lists roles held in an organisation and in a country (memberRoles), each pointing back', async () => {
    const data = await query(`{
      institute: actor(slug: "institute-for-security-and-defence-studies") { ... on Organization { memberRoles { actor { slug } organization { slug } } } }
      kremlin: actor(slug: "kremlin") { ... on Organization { memberRoles { slug } } }
      russia: actor(slug: "russia") { ... on Place { memberRoles { actor { slug } country { slug } } } }
    }`);
    expect(data.institute.memberRoles).toEqual([{ actor: { slug: 'lev-zabolotov' }, organization: { slug: 'institute-for-security-and-defence-studies' } }]);
    expect(data.kremlin.memberRoles).toEqual([]);
    expect(data.russia.memberRoles.map((r: any) => r.actor.slug).sort()).toEqual(['vladimir-putin', 'yuri-ushakov']);
    for (const r of data.russia.memberRoles) expect(r.country.slug).toBe('russia');
  });
});

describe('Actor mentions', () => {
  it.each(['moscow', 'donald-trump', 'steve-witkoff', 'europe'])('counts and lists the mentions of %s, each naming it back', async (slug) => {
    const data = await query(`{ actor(slug: "${slug}") {
      mentionCount
      mentions(first: 100) { totalCount nodes { actor { slug } span { start end excerpt paragraph { text { ar } } } } }
    } }`);
    const expected = mentionCountOf(slug);
    expect(expected).toBeGreaterThan(0);
    expect(data.actor.mentionCount).toBe(expected);
    expect(data.actor.mentions.totalCount).toBe(expected);
    for (const m of data.actor.mentions.nodes) {
      expect(m.actor.slug).toBe(slug);
      expect(m.span.paragraph.text.ar.slice(m.span.start, m.span.end)).toBe(m.span.excerpt);
    }
  });
});

describe('Actor participations and events', () => {
  it('gives Witkoff both his roles in the talks in one participation, and lists the talks once among his events', async () => {
    const data = await query(`{ actor(slug: "steve-witkoff") {
      participations(first: 100) { totalCount nodes { roles actor { slug } event { slug } } }
      events(first: 100) { totalCount nodes { slug } }
    } }`);
    const inTalks = data.actor.participations.nodes.filter((p: any) => p.event.slug === 'witkoff-putin-talks-moscow');
    expect(inTalks).toHaveLength(1);
    expect([...inTalks[0].roles].sort()).toEqual(['ENVOY', 'VISITOR']);
    for (const p of data.actor.participations.nodes) expect(p.actor.slug).toBe('steve-witkoff');
    const events = data.actor.events.nodes.map((e: any) => e.slug);
    expect(events.filter((s: string) => s === 'witkoff-putin-talks-moscow')).toHaveLength(1);
    expect(new Set(events)).toEqual(new Set(data.actor.participations.nodes.map((p: any) => p.event.slug)));
    expect(data.actor.participations.totalCount).toBe(data.actor.events.totalCount);
  });

  it.each([
    ['vladimir-putin', 'witkoff-putin-talks-moscow', 'HOST'],
    ['donald-trump', 'trump-sets-deadline', 'INITIATOR'],
    ['russia', 'punitive-measures-against-russia', 'TARGET'],
    ['european-leaders', 'trump-informs-european-leaders', 'RECIPIENT'],
    ['reuters', 'trump-informs-european-leaders', 'REPORTER'],
    ['kyiv', 'possible-air-truce', 'CONDITIONAL_PARTY'],
  ])('has %s in %s as %s, and the event lists it back with that role', async (slug, event, role) => {
    const data = await query(`{
      actor(slug: "${slug}") { participations(first: 100) { nodes { roles event { slug } } } }
      event(slug: "${event}") { participants { roles actor { slug } } }
    }`);
    expect(data.actor.participations.nodes).toContainEqual({ roles: [role], event: { slug: event } });
    expect(data.event.participants).toContainEqual({ roles: [role], actor: { slug } });
  });

  it('matches every participation of every actor with a participant entry of its event (both directions)', async () => {
    const data = await query(`{
      actors(first: 100) { nodes { slug participations(first: 100) { nodes { roles event { slug } } } } }
      events(first: 100) { nodes { slug participants { roles actor { slug } } } }
    }`);
    const fromActors = data.actors.nodes.flatMap((a: any) => a.participations.nodes.map((p: any) => `${a.slug}|${p.event.slug}|${p.roles}`)).sort();
    const fromEvents = data.events.nodes.flatMap((e: any) => e.participants.map((p: any) => `${p.actor.slug}|${e.slug}|${p.roles}`)).sort();
    expect(fromActors.length).toBeGreaterThan(0);
    expect(fromActors).toEqual(fromEvents);
  });

  it('lists the events at a place (eventsHere), each naming the place back', async () => {
    const data = await query(`{
      moscow: actor(slug: "moscow") { ... on Place { eventsHere { totalCount nodes { slug place { slug } } } } }
      ukraine: actor(slug: "ukraine") { ... on Place { eventsHere { nodes { slug } } } }
      india: actor(slug: "india") { ... on Place { eventsHere { totalCount } } }
    }`);
    expect(data.moscow.eventsHere.nodes.map((e: any) => e.slug).sort()).toEqual(['witkoff-putin-talks-moscow', 'witkoff-visit-russia']);
    for (const e of data.moscow.eventsHere.nodes) expect(e.place.slug).toBe('moscow');
    expect(data.ukraine.eventsHere.nodes.map((e: any) => e.slug).sort())
      .toEqual(['possible-air-truce', 'ukraine-peace-agreement', 'ukraine-war-outbreak']);
    expect(data.india.eventsHere.totalCount).toBe(0);
  });
});

describe('Actor quotes, claims and opinions', () => {
  it("lists Trump's quotes, and every one has Trump as speaker", async () => {
    const data = await query(`{ actor(slug: "donald-trump") { quotes { totalCount nodes { slug speaker { slug } } } } }`);
    expect(data.actor.quotes.nodes.map((q: any) => q.slug).sort()).toEqual(['trump-extremely-productive', 'trump-informed-european-leaders']);
    for (const q of data.actor.quotes.nodes) expect(q.speaker.slug).toBe('donald-trump');
  });

  it('has every quote in the dataset listed under its speaker (reverse direction)', async () => {
    const data = await query(`{ quotes(first: 100) { totalCount nodes { slug speaker { slug quotes(first: 100) { nodes { slug } } } } } }`);
    expect(data.quotes.totalCount).toBe(table('quotes').length);
    for (const q of data.quotes.nodes) expect(q.speaker.quotes.nodes.map((x: any) => x.slug)).toContain(q.slug);
  });

  it("lists Putin's quotes (none) and the claims about him, each naming him among its subjects", async () => {
    const data = await query(`{ actor(slug: "vladimir-putin") {
      quotes { totalCount }
      claims { totalCount }
      claimsAbout(first: 100) { totalCount nodes { slug aboutActors { slug } } }
    } }`);
    expect(data.actor.quotes.totalCount).toBe(0);
    expect(data.actor.claims.totalCount).toBe(0);
    const expected = table('claims').filter((c) => c.aboutActorIds.includes('act_vladimir-putin')).map((c) => c.slug).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(data.actor.claimsAbout.nodes.map((c: any) => c.slug).sort()).toEqual(expected);
    for (const c of data.actor.claimsAbout.nodes) expect(c.aboutActors.map((a: any) => a.slug)).toContain('vladimir-putin');
  });

  it('has every claim listed under its claimant and under each actor it is about (reverse direction)', async () => {
    const data = await query(`{ claims(first: 100) { nodes {
      slug
      claimant { slug claims(first: 100) { nodes { slug claimant { slug } } } }
      aboutActors { slug claimsAbout(first: 100) { nodes { slug } } }
    } } }`);
    for (const c of data.claims.nodes) {
      expect(c.claimant.claims.nodes.map((x: any) => x.slug)).toContain(c.slug);
      for (const x of c.claimant.claims.nodes) expect(x.claimant.slug).toBe(c.claimant.slug);
      for (const a of c.aboutActors) expect(a.claimsAbout.nodes.map((x: any) => x.slug)).toContain(c.slug);
    }
  });

  it.each([
    ['dmitry-kim', 'dmitry-kim-witkoff-visit', 9, 5],
    ['lev-zabolotov', 'lev-zabolotov-witkoff-visit', 10, 6],
  ])("lists %s's expert opinion, quotes and claims, each naming the expert back", async (slug, opinion, claims, quotes) => {
    const data = await query(`{ actor(slug: "${slug}") {
      expertOpinions { nodes { slug expert { slug } } }
      claims(first: 100) { totalCount nodes { claimant { slug } } }
      quotes(first: 100) { totalCount nodes { speaker { slug } } }
    } }`);
    expect(data.actor.expertOpinions.nodes).toEqual([{ slug: opinion, expert: { slug } }]);
    expect(data.actor.claims.totalCount).toBe(claims);
    expect(data.actor.quotes.totalCount).toBe(quotes);
    for (const c of data.actor.claims.nodes) expect(c.claimant.slug).toBe(slug);
    for (const q of data.actor.quotes.nodes) expect(q.speaker.slug).toBe(slug);
  });

  it('lists the quotes an outlet reported (reportedQuotes), each naming it back as reportedBy', async () => {
    const data = await query(`{
      reuters: actor(slug: "reuters") { ... on Organization { reportedQuotes { nodes { slug reportedBy { slug } } } } }
      aj: actor(slug: "al-jazeera-net") { ... on Organization { reportedQuotes(first: 100) { totalCount nodes { reportedBy { slug } } } } }
      kremlin: actor(slug: "kremlin") { ... on Organization { reportedQuotes { totalCount } } }
    }`);
    expect(data.reuters.reportedQuotes.nodes).toEqual([{ slug: 'trump-informed-european-leaders', reportedBy: { slug: 'reuters' } }]);
    expect(data.aj.reportedQuotes.totalCount).toBe(table('quotes').filter((q) => q.reportedById === 'act_al-jazeera-net').length);
    for (const q of data.aj.reportedQuotes.nodes) expect(q.reportedBy.slug).toBe('al-jazeera-net');
    expect(data.kremlin.reportedQuotes.totalCount).toBe(0);
  });

  it('gives each actor the article that mentions it', async () => {
    const data = await query(`{ actors(first: 100) { nodes { slug articles { totalCount nodes { slug actors(first: 100) { nodes { slug } } } } } } }`);
    for (const a of data.actors.nodes) {
      expect(a.articles.totalCount, a.slug).toBe(1);
      expect(a.articles.nodes[0].actors.nodes.map((x: any) => x.slug)).toContain(a.slug);
    }
  });
});

describe('actors(filter:, orderBy:)', () => {
  it('lists every actor in the dataset order by default', async () => {
    const data = await query('{ actors(first: 100) { totalCount nodes { slug } } }');
    expect(data.actors.totalCount).toBe(actors.length);
    expect(data.actors.nodes.map((a: any) => a.slug)).toEqual(actors.map((a) => a.slug));
  });

  it.each([
    [['PERSON'], 'Person'],
    [['ORGANIZATION'], 'Organization'],
    [['PLACE'], 'Place'],
    [['GROUP'], 'Group'],
  ])('filters by kinds %j, all of type %s', async (kinds, typename) => {
    const data = await query('query($kinds: [ActorKind!]) { actors(first: 100, filter: { kinds: $kinds }) { totalCount nodes { __typename kind } } }', {
      variables: { kinds },
    });
    expect(data.actors.totalCount).toBe(actors.filter((a) => a.kind === kinds[0]).length);
    expect(data.actors.totalCount).toBeGreaterThan(0);
    for (const a of data.actors.nodes) expect(a).toEqual({ __typename: typename, kind: kinds[0] });
  });

  it('filters by several kinds at once', async () => {
    const data = await query('{ actors(first: 100, filter: { kinds: [PERSON, GROUP] }) { totalCount nodes { kind } } }');
    expect(data.actors.totalCount).toBe(actors.filter((a) => a.kind === 'PERSON' || a.kind === 'GROUP').length);
    expect(new Set(data.actors.nodes.map((a: any) => a.kind))).toEqual(new Set(['PERSON', 'GROUP']));
  });

  it.each([
    ['ترمب', ['donald-trump']],
    ['ترامب', ['donald-trump']],
    ['بوتين', ['vladimir-putin']],
    ['putin', ['vladimir-putin']],
    ['PUTIN', ['vladimir-putin']],
    ['Kremlin', ['kremlin']],
    ['الكرملين', ['kremlin']],
    ['ناتو', ['nato']],
    ['NATO', ['nato']],
    ['اوكرانيا', ['ukraine']],
    ['Kiev', ['kyiv']],
    ['no such name', []],
  ])('filters by name %s (Arabic or English, aliases included)', async (name, expected) => {
    const data = await query('query($name: String) { actors(first: 100, filter: { name: $name }) { nodes { slug } } }', { variables: { name } });
    expect(data.actors.nodes.map((a: any) => a.slug)).toEqual(expected);
  });

  it('combines kinds and name (all conditions must hold)', async () => {
    const data = await query(`{
      places: actors(filter: { name: "Moscow", kinds: [PLACE] }) { nodes { slug } }
      people: actors(filter: { name: "Moscow", kinds: [PERSON] }) { nodes { slug } }
    }`);
    expect(data.places.nodes).toEqual([{ slug: 'moscow' }]);
    expect(data.people.nodes).toEqual([]);
  });

  it.each(['ASC', 'DESC'])('orders by NAME %s (the English name)', async (direction) => {
    const data = await query(`{ actors(first: 100, orderBy: { field: NAME, direction: ${direction} }) { nodes { name { en } } } }`);
    const names = data.actors.nodes.map((a: any) => a.name.en);
    const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en'));
    expect(names).toEqual(direction === 'ASC' ? sorted : sorted.reverse());
    expect(names).toHaveLength(actors.length);
  });

  it.each(['ASC', 'DESC'])('orders by MENTIONS %s', async (direction) => {
    const data = await query(`{ actors(first: 100, orderBy: { field: MENTIONS, direction: ${direction} }) { nodes { slug mentionCount } } }`);
    const counts = data.actors.nodes.map((a: any) => a.mentionCount);
    const sorted = [...counts].sort((a, b) => a - b);
    expect(counts).toEqual(direction === 'ASC' ? sorted : sorted.reverse());
    const mostMentioned = [...actors].sort((a, b) => mentionCountOf(b.slug) - mentionCountOf(a.slug))[0]!.slug;
    if (direction === 'DESC') expect(data.actors.nodes[0].slug).toBe(mostMentioned);
    else expect(data.actors.nodes.at(-1).slug).toBe(mostMentioned);
  });

  it('defaults the direction to ASC', async () => {
    const data = await query(`{
      a: actors(first: 100, orderBy: { field: NAME }) { nodes { slug } }
      b: actors(first: 100, orderBy: { field: NAME, direction: ASC }) { nodes { slug } }
    }`);
    expect(data.a.nodes).toEqual(data.b.nodes);
  });

  it('filters then orders, and totalCount counts the filtered list', async () => {
    const data = await query(`{ actors(first: 2, filter: { kinds: [PERSON] }, orderBy: { field: MENTIONS, direction: DESC }) {
      totalCount nodes { slug }
    } }`);
    expect(data.actors.totalCount).toBe(actors.filter((a) => a.kind === 'PERSON').length);
    expect(data.actors.nodes.map((a: any) => a.slug)).toEqual(['donald-trump', 'steve-witkoff']);
  });
});
