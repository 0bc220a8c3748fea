/**
 * The in-memory dataset: validated tables plus every index a resolver needs, built once (when
 * the dataset is compiled, or at start-up from a snapshot) and frozen. Each relation is a map lookup or a precomputed list; nothing here is
 * scanned per request.
 */
import {
  spanKey,
  type ActorRecord, type AlignmentRecord, type ArticleRecord, type ClaimRecord, type EventParticipantRecord, type EventRecord,
  type EventRelationRecord, type ExpertOpinionRecord, type ManifestRecord, type MentionRecord, type ParagraphRecord,
  type QuoteRecord, type RoleRecord, type SectionRecord, type Span, type Tables,
} from './records.js';
import {
  indexDocuments, openSearchIndex, type Searchable, type SearchCorpus, type SearchIndex, type SearchIndexData,
} from './search.js';
import { buildTimeline, type TimelineEntry } from './timeline.js';
import { dateRange } from './validate.js';

/** A table's records in file order, by id, and (where the type has one) by slug. */
export interface Table<T extends { id: string }> {
  readonly all: readonly T[];
  readonly byId: ReadonlyMap<string, T>;
  readonly bySlug: ReadonlyMap<string, T>;
  /**
   * The record a validated reference points to. The loader has checked that every reference
   * resolves, so a miss is a bug in Akhbar, not bad input: it throws a plain Error (masked).
   */
  ref(id: string): T;
}

/** What a source span is evidence for. */
export type Annotated =
  | { readonly type: 'Mention'; readonly record: MentionRecord }
  | { readonly type: 'Role'; readonly record: RoleRecord }
  | { readonly type: 'Event'; readonly record: EventRecord }
  | { readonly type: 'EventRelation'; readonly record: EventRelationRecord }
  | { readonly type: 'Quote'; readonly record: QuoteRecord }
  | { readonly type: 'Claim'; readonly record: ClaimRecord }
  | { readonly type: 'ExpertOpinion'; readonly record: ExpertOpinionRecord };

/** A range of one language's text of a paragraph (an annotation's, or a span's in translation). */
export interface ParagraphRange {
  readonly language: 'ar' | 'en';
  readonly start: number;
  readonly end: number;
  readonly excerpt: string;
  /** Why an English range holds more than the Arabic words (the translation reorders them). */
  readonly note?: string;
}

/**
 * One span in a paragraph with the record it is evidence for; in the English translation also
 * `range`, where its words stand there (in the Arabic the range is the span itself, see `rangeOf`:
 * not stored, so the Arabic annotations of a large corpus cost no more than before).
 */
export interface Annotation { readonly span: Span; readonly target: Annotated; readonly range?: ParagraphRange }

/** Where to highlight an annotation in the text it was asked in. */
export const rangeOf = (a: Annotation): ParagraphRange => a.range ?? { language: 'ar', ...a.span };

/**
 * An actor's part in an event: the event, the actor and every role it plays there (an event's
 * record may list one actor several times, once per role; here it is one participation).
 */
export interface Participation {
  readonly event: EventRecord;
  readonly actorId: string;
  readonly roles: readonly EventParticipantRecord['role'][];
}

/** An event's participants, one per actor, in the order each actor first appears, with its roles. */
function participationsOf(event: EventRecord): Participation[] {
  const byActor = new Map<string, EventParticipantRecord['role'][]>();
  for (const p of event.participants) {
    const roles = byActor.get(p.actorId);
    if (!roles) byActor.set(p.actorId, [p.role]);
    else if (!roles.includes(p.role)) roles.push(p.role);
  }
  return [...byActor].map(([actorId, roles]) => ({ event, actorId, roles }));
}

export interface Dataset {
  /** The content hash of `data/`: the dataset version, part of every cache key. */
  readonly version: string;
  readonly manifest: ManifestRecord;
  readonly articles: Table<ArticleRecord>;
  readonly sections: Table<SectionRecord>;
  readonly paragraphs: Table<ParagraphRecord>;
  readonly actors: Table<ActorRecord>;
  readonly roles: Table<RoleRecord>;
  readonly mentions: Table<MentionRecord>;
  readonly events: Table<EventRecord>;
  readonly eventRelations: Table<EventRelationRecord>;
  readonly quotes: Table<QuoteRecord>;
  readonly claims: Table<ClaimRecord>;
  readonly expertOpinions: Table<ExpertOpinionRecord>;
  readonly alignments: { readonly all: readonly AlignmentRecord[] };

  /** Sections of an article, in reading order. */
  readonly sectionsOfArticle: ReadonlyMap<string, readonly SectionRecord[]>;
  /** Paragraphs of a section, in reading order. */
  readonly paragraphsOfSection: ReadonlyMap<string, readonly ParagraphRecord[]>;
  /** Paragraphs of an article, in reading order across its sections. */
  readonly paragraphsOfArticle: ReadonlyMap<string, readonly ParagraphRecord[]>;
  /** The article a paragraph belongs to. */
  readonly articleOfParagraph: ReadonlyMap<string, ArticleRecord>;

  /** Per article: the records it holds (an article's actors are those it mentions or involves). */
  readonly actorsOfArticle: ReadonlyMap<string, readonly ActorRecord[]>;
  readonly eventsOfArticle: ReadonlyMap<string, readonly EventRecord[]>;
  readonly quotesOfArticle: ReadonlyMap<string, readonly QuoteRecord[]>;
  readonly claimsOfArticle: ReadonlyMap<string, readonly ClaimRecord[]>;
  readonly opinionsOfArticle: ReadonlyMap<string, readonly ExpertOpinionRecord[]>;
  /** Per actor: the articles that mention or involve it. */
  readonly articlesOfActor: ReadonlyMap<string, readonly ArticleRecord[]>;

  /** Per actor. */
  readonly rolesOfActor: ReadonlyMap<string, readonly RoleRecord[]>;
  readonly mentionsOfActor: ReadonlyMap<string, readonly MentionRecord[]>;
  readonly participationsOfActor: ReadonlyMap<string, readonly Participation[]>;
  /** Each event's participants, one per actor (see Participation). */
  readonly participantsOfEvent: ReadonlyMap<string, readonly Participation[]>;
  readonly eventsAtPlace: ReadonlyMap<string, readonly EventRecord[]>;
  readonly quotesBySpeaker: ReadonlyMap<string, readonly QuoteRecord[]>;
  readonly quotesReportedBy: ReadonlyMap<string, readonly QuoteRecord[]>;
  readonly claimsByClaimant: ReadonlyMap<string, readonly ClaimRecord[]>;
  readonly claimsAboutActor: ReadonlyMap<string, readonly ClaimRecord[]>;
  readonly opinionsByExpert: ReadonlyMap<string, readonly ExpertOpinionRecord[]>;
  /** Roles held in an organisation or country (`organizationId`/`countryId`). */
  readonly rolesInActor: ReadonlyMap<string, readonly RoleRecord[]>;

  /** Per event. */
  readonly relationsFromEvent: ReadonlyMap<string, readonly EventRelationRecord[]>;
  readonly relationsToEvent: ReadonlyMap<string, readonly EventRelationRecord[]>;
  /** CONFLICTS_WITH relations an event is one side of, or whose reading it depends on (`concernsEventIds`). */
  readonly conflictsOfEvent: ReadonlyMap<string, readonly EventRelationRecord[]>;
  readonly quotesAboutEvent: ReadonlyMap<string, readonly QuoteRecord[]>;
  readonly claimsAboutEvent: ReadonlyMap<string, readonly ClaimRecord[]>;
  readonly opinionsAboutEvent: ReadonlyMap<string, readonly ExpertOpinionRecord[]>;

  /** Per quote and claim. */
  readonly claimsOfQuote: ReadonlyMap<string, readonly ClaimRecord[]>;
  readonly opinionsOfQuote: ReadonlyMap<string, readonly ExpertOpinionRecord[]>;
  readonly opinionsOfClaim: ReadonlyMap<string, readonly ExpertOpinionRecord[]>;

  /** Per paragraph: every span in it with what it is evidence for, ordered by start then end. */
  readonly annotationsOfParagraph: ReadonlyMap<string, readonly Annotation[]>;
  /** The same placed in the English translation, ordered by their English ranges; a span with no counterpart is left out. */
  readonly englishAnnotationsOfParagraph: ReadonlyMap<string, readonly Annotation[]>;
  /** Each cited span's words in the English translation, by `spanKey`; absent where the translation has no counterpart. */
  readonly englishOfSpan: ReadonlyMap<string, ParagraphRange>;

  /** Per article: its events in chronological order (see timeline.ts). */
  readonly timelineOfArticle: ReadonlyMap<string, readonly TimelineEntry[]>;
  /** Every event's place in the chronology of the whole dataset. */
  readonly chronology: ReadonlyMap<string, TimelineEntry>;
  /** The full-text index over actors, events, quotes, claims, opinions and paragraphs (searchCorpus numbers them). */
  readonly searchIndex: SearchIndex;
  /** The same index as data, for a snapshot. */
  readonly searchData: SearchIndexData;
  /** The documents of the search index, by number. */
  readonly searchCorpus: SearchCorpus;
  /** Dated events by day: those whose period overlaps a range of days, in the dataset's order. */
  eventsBetween(from: string, to: string): readonly EventRecord[];
}

/** A list lookup that can miss: the empty list, never `undefined`. */
export function listOf<T>(map: ReadonlyMap<string, readonly T[]>, key: string): readonly T[] {
  return map.get(key) ?? [];
}

/**
 * Lists by key, without repeats. A shared actor collects one entry per article that involves it,
 * so a long list checks for a repeat with a set: with a list scan, loading grew with the square
 * of the number of articles. Short lists (most of them) keep the scan and no set.
 */
class MultiMap<T> extends Map<string, T[]> {
  static readonly SCAN_LIMIT = 16;
  readonly #seen = new Map<string, Set<T>>();
  add(key: string, value: T): void {
    let list = this.get(key);
    if (list === undefined) this.set(key, (list = []));
    if (list.length < MultiMap.SCAN_LIMIT) {
      if (!list.includes(value)) list.push(value);
      return;
    }
    let seen = this.#seen.get(key);
    if (seen === undefined) this.#seen.set(key, (seen = new Set(list)));
    if (!seen.has(value)) {
      seen.add(value);
      list.push(value);
    }
  }
}

function table<T extends { id: string; slug?: string }>(records: T[]): Table<T> {
  const byId = new Map(records.map((r) => [r.id, r]));
  const bySlug = new Map<string, T>();
  for (const r of records) if (r.slug !== undefined) bySlug.set(r.slug, r);
  return {
    all: records,
    byId,
    bySlug,
    ref(id) {
      const record = byId.get(id);
      if (record === undefined) throw new Error(`dataset invariant broken: no record ${id}`);
      return record;
    },
  };
}

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

/** What a dataset is built with besides its tables: indexes a snapshot already holds. */
export interface BuildOptions {
  /** The search index, when compiled already (a snapshot's); built from the tables when absent. */
  readonly search?: SearchIndexData;
  /**
   * Freeze every record and list (the default). A snapshot's records were frozen and checked
   * when it was compiled, and the tests run on frozen data; loading one skips the walk.
   */
  readonly freeze?: boolean;
}

/** Articles, sections and paragraphs: the reading order of each article. */
function structure(t: Tables, articles: Table<ArticleRecord>) {
  const sectionsOfArticle = new MultiMap<SectionRecord>();
  for (const s of [...t.sections].sort(byPosition)) sectionsOfArticle.add(s.articleId, s);
  const paragraphsOfSection = new MultiMap<ParagraphRecord>();
  for (const p of [...t.paragraphs].sort(byPosition)) paragraphsOfSection.add(p.sectionId, p);
  const paragraphsOfArticle = new MultiMap<ParagraphRecord>();
  const articleOfParagraph = new Map<string, ArticleRecord>();
  for (const a of articles.all)
    for (const s of sectionsOfArticle.get(a.id) ?? [])
      for (const p of paragraphsOfSection.get(s.id) ?? []) {
        paragraphsOfArticle.add(a.id, p);
        articleOfParagraph.set(p.id, a);
      }
  return { sectionsOfArticle, paragraphsOfSection, paragraphsOfArticle, articleOfParagraph };
}

/** Roles, mentions and events, by actor and by event. */
function actorsAndEvents(t: Tables) {
  const rolesOfActor = new MultiMap<RoleRecord>();
  const rolesInActor = new MultiMap<RoleRecord>();
  for (const r of t.roles) {
    rolesOfActor.add(r.actorId, r);
    if (r.organizationId) rolesInActor.add(r.organizationId, r);
    if (r.countryId) rolesInActor.add(r.countryId, r);
  }
  const mentionsOfActor = new MultiMap<MentionRecord>();
  for (const m of t.mentions) mentionsOfActor.add(m.actorId, m);
  const participationsOfActor = new MultiMap<Participation>();
  const participantsOfEvent = new MultiMap<Participation>();
  const eventsAtPlace = new MultiMap<EventRecord>();
  const eventsOfArticle = new MultiMap<EventRecord>();
  for (const e of t.events) {
    eventsOfArticle.add(e.articleId, e);
    if (e.placeId) eventsAtPlace.add(e.placeId, e);
    const participants = participationsOf(e);
    participantsOfEvent.set(e.id, participants);
    for (const p of participants) participationsOfActor.add(p.actorId, p);
  }
  const relationsFromEvent = new MultiMap<EventRelationRecord>();
  const relationsToEvent = new MultiMap<EventRelationRecord>();
  const conflictsOfEvent = new MultiMap<EventRelationRecord>();
  for (const r of t.eventRelations) {
    relationsFromEvent.add(r.fromEventId, r);
    relationsToEvent.add(r.toEventId, r);
    if (r.kind === 'CONFLICTS_WITH')
      for (const id of [r.fromEventId, r.toEventId, ...(r.concernsEventIds ?? [])]) conflictsOfEvent.add(id, r);
  }
  return {
    rolesOfActor, rolesInActor, mentionsOfActor, participationsOfActor, participantsOfEvent, eventsAtPlace, eventsOfArticle,
    relationsFromEvent, relationsToEvent, conflictsOfEvent,
  };
}

/** Quotes, claims and expert opinions, by article, by who says them and by what they are about. */
function statements(t: Tables) {
  const [quotesOfArticle, quotesBySpeaker, quotesReportedBy, quotesAboutEvent] = Array.from({ length: 4 }, () => new MultiMap<QuoteRecord>());
  for (const q of t.quotes) {
    quotesOfArticle!.add(q.articleId, q);
    quotesBySpeaker!.add(q.speakerId, q);
    if (q.reportedById) quotesReportedBy!.add(q.reportedById, q);
    for (const e of q.aboutEventIds) quotesAboutEvent!.add(e, q);
  }
  const [claimsOfArticle, claimsByClaimant, claimsAboutActor, claimsAboutEvent, claimsOfQuote] = Array.from({ length: 5 }, () => new MultiMap<ClaimRecord>());
  for (const c of t.claims) {
    claimsOfArticle!.add(c.articleId, c);
    claimsByClaimant!.add(c.claimantId, c);
    for (const a of c.aboutActorIds) claimsAboutActor!.add(a, c);
    for (const e of c.aboutEventIds) claimsAboutEvent!.add(e, c);
    for (const q of c.quoteIds) claimsOfQuote!.add(q, c);
  }
  const [opinionsOfArticle, opinionsByExpert, opinionsAboutEvent, opinionsOfQuote, opinionsOfClaim] = Array.from({ length: 5 }, () => new MultiMap<ExpertOpinionRecord>());
  for (const o of t.expertOpinions) {
    opinionsOfArticle!.add(o.articleId, o);
    opinionsByExpert!.add(o.expertId, o);
    if (o.subjectEventId) opinionsAboutEvent!.add(o.subjectEventId, o);
    for (const q of o.quoteIds) opinionsOfQuote!.add(q, o);
    for (const c of o.claimIds) opinionsOfClaim!.add(c, o);
  }
  return {
    quotesOfArticle: quotesOfArticle!, quotesBySpeaker: quotesBySpeaker!, quotesReportedBy: quotesReportedBy!, quotesAboutEvent: quotesAboutEvent!,
    claimsOfArticle: claimsOfArticle!, claimsByClaimant: claimsByClaimant!, claimsAboutActor: claimsAboutActor!, claimsAboutEvent: claimsAboutEvent!,
    claimsOfQuote: claimsOfQuote!, opinionsOfArticle: opinionsOfArticle!, opinionsByExpert: opinionsByExpert!,
    opinionsAboutEvent: opinionsAboutEvent!, opinionsOfQuote: opinionsOfQuote!, opinionsOfClaim: opinionsOfClaim!,
  };
}

/** An article's actors: everyone it mentions, or who takes part in, speaks in or claims in it; and the reverse. */
function involvement(t: Tables, articles: Table<ArticleRecord>, actors: Table<ActorRecord>, articleOfParagraph: ReadonlyMap<string, ArticleRecord>) {
  const actorsOfArticle = new MultiMap<ActorRecord>();
  const articlesOfActor = new MultiMap<ArticleRecord>();
  const involve = (articleId: string, actorId: string) => {
    actorsOfArticle.add(articleId, actors.ref(actorId));
    articlesOfActor.add(actorId, articles.ref(articleId));
  };
  for (const m of t.mentions) {
    const article = articleOfParagraph.get(m.span.paragraphId);
    if (article) involve(article.id, m.actorId);
  }
  for (const e of t.events) {
    for (const p of e.participants) involve(e.articleId, p.actorId);
    if (e.placeId) involve(e.articleId, e.placeId);
  }
  for (const q of t.quotes) involve(q.articleId, q.speakerId);
  for (const c of t.claims) involve(c.articleId, c.claimantId);
  for (const o of t.expertOpinions) involve(o.articleId, o.expertId);
  for (const a of t.articles) {
    involve(a.id, a.publisherId);
    involve(a.id, a.datelinePlaceId);
  }
  return { actorsOfArticle, articlesOfActor };
}

/** Each aligned span's English range, by `spanKey`, with the alignment's note. */
function englishOfSpans(t: Tables): Map<string, ParagraphRange> {
  return new Map(t.alignments.flatMap((a) => (a.en
    ? [[spanKey(a.span), { language: 'en' as const, ...a.en, ...(a.note ? { note: a.note } : {}) }] as const]
    : [])));
}

/** Orders a paragraph's annotations by their ranges: start, then end. */
const byRange = (a: Annotation, b: Annotation) => {
  const [x, y] = [a.range ?? a.span, b.range ?? b.span];
  return x.start - y.start || x.end - y.end;
};

/**
 * Per paragraph: every span in it with what it is evidence for, ordered by start then end; and the
 * same placed in the English translation (see Dataset). Built once: requests only filter them.
 */
function annotations(t: Tables) {
  const englishOfSpan = englishOfSpans(t);
  const annotationsOfParagraph = new MultiMap<Annotation>();
  const englishAnnotationsOfParagraph = new MultiMap<Annotation>();
  const annotate = (span: Span, target: Annotated) => {
    annotationsOfParagraph.add(span.paragraphId, { span, target });
    const english = englishOfSpan.get(spanKey(span));
    if (english) englishAnnotationsOfParagraph.add(span.paragraphId, { span, target, range: english });
  };
  for (const record of t.mentions) annotate(record.span, { type: 'Mention', record });
  for (const record of t.roles) for (const s of record.evidence) annotate(s, { type: 'Role', record });
  for (const record of t.events) for (const s of record.evidence) annotate(s, { type: 'Event', record });
  for (const record of t.eventRelations) for (const s of record.evidence) annotate(s, { type: 'EventRelation', record });
  for (const record of t.quotes) for (const s of record.evidence) annotate(s, { type: 'Quote', record });
  for (const record of t.claims) for (const s of record.evidence) annotate(s, { type: 'Claim', record });
  for (const record of t.expertOpinions) for (const s of record.evidence) annotate(s, { type: 'ExpertOpinion', record });
  for (const list of [...annotationsOfParagraph.values(), ...englishAnnotationsOfParagraph.values()]) list.sort(byRange);
  return { annotationsOfParagraph, englishAnnotationsOfParagraph, englishOfSpan };
}

/**
 * Each article's timeline and the dataset's chronology, worked out on first use: the chronology
 * of 100,000 articles takes seconds, and start-up need not wait for it. Each article's timeline
 * sees only the relations from its own events (one between two articles places neither within
 * its article), so building them all is linear, not articles × relations.
 */
function chronologies(t: Tables, events: Table<EventRecord>, eventsOfArticle: ReadonlyMap<string, readonly EventRecord[]>, freeze: boolean) {
  const relationsOfArticle = new MultiMap<EventRelationRecord>();
  for (const r of t.eventRelations) relationsOfArticle.add(events.ref(r.fromEventId).articleId, r);
  const done = <T>(value: T) => (freeze ? deepFreeze(value) : value);
  const timelineOfArticle = new LazyMap(t.articles.map((a) => a.id),
    (id) => done(buildTimeline(eventsOfArticle.get(id) ?? [], relationsOfArticle.get(id) ?? [])));
  let all: Map<string, TimelineEntry> | undefined;
  const whole = () => (all ??= new Map(done(buildTimeline(t.events, t.eventRelations)).map((e) => [e.event.id, e])));
  const chronology = new LazyMap(t.events.map((e) => e.id), (id) => whole().get(id)!);
  return { timelineOfArticle, chronology };
}

/**
 * The dated events sorted by their first day, searched by halving: those overlapping [from, to]
 * start on or before `to` and no earlier than `from` less the longest period of any event (a
 * month, a year), and end on or after `from`. Built on first use.
 */
function dateIndex(events: readonly EventRecord[]): Dataset['eventsBetween'] {
  let index: { first: string[]; last: string[]; at: Int32Array; longest: number } | undefined;
  const build = () => {
    const dated = events.flatMap((e, i) => {
      const r = e.date ? dateRange(e.date) : undefined;
      return r && typeof r !== 'string' ? [{ i, ...r }] : [];
    }).sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : a.i - b.i));
    const days = (r: { first: string; last: string }) => (Date.parse(r.last) - Date.parse(r.first)) / 86_400_000;
    return {
      first: dated.map((d) => d.first), last: dated.map((d) => d.last),
      // A loop, not Math.max(...list): 400,000 arguments overflow the stack.
      at: Int32Array.from(dated, (d) => d.i), longest: dated.reduce((most, d) => Math.max(most, days(d)), 0),
    };
  };
  const lowerBound = (list: readonly string[], key: string) => {
    let lo = 0, hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (from, to) => {
    index ??= build();
    const earliest = new Date(Date.parse(from) - index.longest * 86_400_000).toISOString().slice(0, 10);
    const found: number[] = [];
    for (let k = lowerBound(index.first, earliest), end = lowerBound(index.first, `${to}\uffff`); k < end; k++)
      if (index.last[k]! >= from) found.push(index.at[k]!);
    return found.sort((a, b) => a - b).map((i) => events[i]!);
  };
}

/** The documents of the search index: every actor, event, quote, claim, opinion and paragraph, numbered in that order. */
function searchCorpus(t: Tables, paragraphs: Table<ParagraphRecord>): SearchCorpus {
  const parts = [
    ['ACTOR', t.actors], ['EVENT', t.events], ['QUOTE', t.quotes], ['CLAIM', t.claims],
    ['EXPERT_OPINION', t.expertOpinions], ['PARAGRAPH', t.paragraphs],
  ] as const;
  const ends: number[] = [];
  parts.reduce((sum, [, list]) => (ends.push(sum + list.length), sum + list.length), 0);
  const part = (doc: number) => ends.findIndex((end) => doc < end);
  return {
    count: ends.at(-1)!,
    kind: (doc) => parts[part(doc)]![0],
    subject(doc) {
      const p = part(doc);
      const [kind, list] = parts[p]!;
      return { kind, record: list[doc - (p === 0 ? 0 : ends[p - 1]!)]! } as Searchable;
    },
    paragraphText: (id) => paragraphs.byId.get(id)?.text.ar,
  };
}

/**
 * Builds the indexed dataset from tables that have passed validation (every reference resolves;
 * the lookups rely on it) and, unless told otherwise, freezes it.
 */
export function buildDataset(t: Tables, manifest: ManifestRecord, version: string, options: BuildOptions = {}): Dataset {
  const freeze = options.freeze ?? true;
  const articles = table(t.articles);
  const paragraphs = table(t.paragraphs);
  const actors = table(t.actors);
  const events = table(t.events);
  const reading = structure(t, articles);
  // A snapshot's dataset builds these indexes on first use (start-up need not wait for them); a
  // frozen one builds them now, to freeze them.
  const defer = <G extends Record<string, ReadonlyMap<string, unknown>>>(build: (tables: Tables) => G): G =>
    (freeze ? build(t) : deferGroup(build, t));
  const graph = defer(actorsAndEvents);
  const corpus = searchCorpus(t, paragraphs);
  const dataset: Dataset = {
    version, manifest,
    articles, sections: table(t.sections), paragraphs, actors,
    roles: table(t.roles), mentions: table(t.mentions), events,
    eventRelations: table(t.eventRelations), quotes: table(t.quotes), claims: table(t.claims),
    expertOpinions: table(t.expertOpinions),
    alignments: { all: t.alignments },
    ...reading, ...graph, ...defer(statements),
    ...defer((tables) => involvement(tables, articles, actors, reading.articleOfParagraph)),
    ...defer(annotations),
    ...chronologies(t, events, graph.eventsOfArticle, freeze),
    searchData: options.search ?? indexDocuments(corpus),
    searchCorpus: corpus,
    searchIndex: undefined as unknown as SearchIndex,
    eventsBetween: dateIndex(t.events),
  };
  Object.assign(dataset, { searchIndex: openSearchIndex(dataset.searchData, corpus) });
  return freeze ? deepFreeze(dataset) : Object.freeze(dataset);
}

const noTables: Tables = {
  articles: [], sections: [], paragraphs: [], actors: [], roles: [], mentions: [], events: [], eventRelations: [],
  quotes: [], claims: [], expertOpinions: [], alignments: [],
};

/**
 * The maps `build` makes from `t`, each standing in for its map until first read; the first read
 * of any of them builds the whole group. The group's names come from building it over no tables.
 */
function deferGroup<G extends Record<string, ReadonlyMap<string, unknown>>>(build: (tables: Tables) => G, t: Tables): G {
  let group: G | undefined;
  const names = Object.keys(build(noTables));
  return Object.fromEntries(names.map((name) => [name, new DeferredMap(() => (group ??= build(t))[name]!)])) as unknown as G;
}

/** A read-only map built on first use. */
class DeferredMap<V> implements ReadonlyMap<string, V> {
  #map: ReadonlyMap<string, V> | undefined;
  constructor(private readonly build: () => ReadonlyMap<string, V>) {}
  get #built(): ReadonlyMap<string, V> { return (this.#map ??= this.build()); }
  get size(): number { return this.#built.size; }
  has(key: string): boolean { return this.#built.has(key); }
  get(key: string): V | undefined { return this.#built.get(key); }
  entries(): MapIterator<[string, V]> { return this.#built.entries(); }
  keys(): MapIterator<string> { return this.#built.keys(); }
  values(): MapIterator<V> { return this.#built.values(); }
  [Symbol.iterator](): MapIterator<[string, V]> { return this.#built.entries(); }
  forEach(fn: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    this.#built.forEach((v, k) => fn(v, k, this));
  }
}

/**
 * A read-only map whose keys are known up front and whose values are worked out on first `get`
 * (and kept). Iterating it works every value out.
 */
class LazyMap<V> implements ReadonlyMap<string, V> {
  readonly #keys: ReadonlySet<string>;
  readonly #values = new Map<string, V>();
  constructor(keys: Iterable<string>, private readonly compute: (key: string) => V) {
    this.#keys = new Set(keys);
  }
  get size(): number { return this.#keys.size; }
  has(key: string): boolean { return this.#keys.has(key); }
  get(key: string): V | undefined {
    if (!this.#keys.has(key)) return undefined;
    let value = this.#values.get(key);
    if (value === undefined) this.#values.set(key, (value = this.compute(key)));
    return value;
  }
  *entries(): MapIterator<[string, V]> { for (const k of this.#keys) yield [k, this.get(k)!]; }
  *keys(): MapIterator<string> { yield* this.#keys; }
  *values(): MapIterator<V> { for (const k of this.#keys) yield this.get(k)!; }
  [Symbol.iterator](): MapIterator<[string, V]> { return this.entries(); }
  forEach(fn: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}

/** Freezes records and lists; maps cannot be frozen, so they are only ever exposed read-only. */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (value instanceof LazyMap || ArrayBuffer.isView(value)) return value; // its values are frozen as they are worked out
  if (value instanceof Map) {
    for (const v of value.values()) deepFreeze(v);
    return value;
  }
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
  return value;
}
