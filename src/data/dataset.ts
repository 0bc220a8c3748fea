/**
 * The in-memory dataset: validated tables plus every index a resolver needs, built once at
 * start-up and frozen. Each relation is a map lookup or a precomputed list; nothing here is
 * scanned per request.
 */
import type {
  ActorRecord, ArticleRecord, ClaimRecord, EventParticipantRecord, EventRecord, EventRelationRecord,
  ExpertOpinionRecord, ManifestRecord, MentionRecord, ParagraphRecord, QuoteRecord, RoleRecord,
  SectionRecord, Span, Tables,
} from './records.js';
import { buildSearchIndex, type SearchIndex } from './search.js';
import { buildTimeline, type TimelineEntry } from './timeline.js';

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

/** One span in a paragraph with the record it is evidence for. */
export interface Annotation { readonly span: Span; readonly target: Annotated }

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

  /** Per article: its events in chronological order (see timeline.ts). */
  readonly timelineOfArticle: ReadonlyMap<string, readonly TimelineEntry[]>;
  /** Every event's place in the chronology of the whole dataset. */
  readonly chronology: ReadonlyMap<string, TimelineEntry>;
  /** The full-text index over actors, events, quotes, claims, opinions and paragraphs. */
  readonly searchIndex: SearchIndex;
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

/**
 * Builds the indexed dataset from tables that have passed validation (every reference resolves;
 * the lookups below rely on it) and freezes it.
 */
export function buildDataset(t: Tables, manifest: ManifestRecord, version: string): Dataset {
  const articles = table(t.articles);
  const sections = table(t.sections);
  const paragraphs = table(t.paragraphs);
  const actors = table(t.actors);
  const events = table(t.events);

  const sectionsOfArticle = new MultiMap<SectionRecord>();
  for (const s of [...t.sections].sort(byPosition)) sectionsOfArticle.add(s.articleId, s);
  const paragraphsOfSection = new MultiMap<ParagraphRecord>();
  for (const p of [...t.paragraphs].sort(byPosition)) paragraphsOfSection.add(p.sectionId, p);
  const paragraphsOfArticle = new MultiMap<ParagraphRecord>();
  const articleOfParagraph = new Map<string, ArticleRecord>();
  for (const a of t.articles)
    for (const s of sectionsOfArticle.get(a.id) ?? [])
      for (const p of paragraphsOfSection.get(s.id) ?? []) {
        paragraphsOfArticle.add(a.id, p);
        articleOfParagraph.set(p.id, a);
      }

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
  for (const r of t.eventRelations) {
    relationsFromEvent.add(r.fromEventId, r);
    relationsToEvent.add(r.toEventId, r);
  }
  const conflictsOfEvent = new MultiMap<EventRelationRecord>();
  for (const r of t.eventRelations)
    if (r.kind === 'CONFLICTS_WITH')
      for (const id of [r.fromEventId, r.toEventId, ...(r.concernsEventIds ?? [])]) conflictsOfEvent.add(id, r);

  const quotesOfArticle = new MultiMap<QuoteRecord>();
  const quotesBySpeaker = new MultiMap<QuoteRecord>();
  const quotesReportedBy = new MultiMap<QuoteRecord>();
  const quotesAboutEvent = new MultiMap<QuoteRecord>();
  for (const q of t.quotes) {
    quotesOfArticle.add(q.articleId, q);
    quotesBySpeaker.add(q.speakerId, q);
    if (q.reportedById) quotesReportedBy.add(q.reportedById, q);
    for (const e of q.aboutEventIds) quotesAboutEvent.add(e, q);
  }
  const claimsOfArticle = new MultiMap<ClaimRecord>();
  const claimsByClaimant = new MultiMap<ClaimRecord>();
  const claimsAboutActor = new MultiMap<ClaimRecord>();
  const claimsAboutEvent = new MultiMap<ClaimRecord>();
  const claimsOfQuote = new MultiMap<ClaimRecord>();
  for (const c of t.claims) {
    claimsOfArticle.add(c.articleId, c);
    claimsByClaimant.add(c.claimantId, c);
    for (const a of c.aboutActorIds) claimsAboutActor.add(a, c);
    for (const e of c.aboutEventIds) claimsAboutEvent.add(e, c);
    for (const q of c.quoteIds) claimsOfQuote.add(q, c);
  }
  const opinionsOfArticle = new MultiMap<ExpertOpinionRecord>();
  const opinionsByExpert = new MultiMap<ExpertOpinionRecord>();
  const opinionsAboutEvent = new MultiMap<ExpertOpinionRecord>();
  const opinionsOfQuote = new MultiMap<ExpertOpinionRecord>();
  const opinionsOfClaim = new MultiMap<ExpertOpinionRecord>();
  for (const o of t.expertOpinions) {
    opinionsOfArticle.add(o.articleId, o);
    opinionsByExpert.add(o.expertId, o);
    if (o.subjectEventId) opinionsAboutEvent.add(o.subjectEventId, o);
    for (const q of o.quoteIds) opinionsOfQuote.add(q, o);
    for (const c of o.claimIds) opinionsOfClaim.add(c, o);
  }

  // An article's actors: everyone it mentions, or who takes part in, speaks in or claims in it.
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

  const annotationsOfParagraph = new MultiMap<Annotation>();
  const annotate = (span: Span, target: Annotated) => annotationsOfParagraph.add(span.paragraphId, { span, target });
  for (const record of t.mentions) annotate(record.span, { type: 'Mention', record });
  for (const record of t.roles) for (const s of record.evidence) annotate(s, { type: 'Role', record });
  for (const record of t.events) for (const s of record.evidence) annotate(s, { type: 'Event', record });
  for (const record of t.eventRelations) for (const s of record.evidence) annotate(s, { type: 'EventRelation', record });
  for (const record of t.quotes) for (const s of record.evidence) annotate(s, { type: 'Quote', record });
  for (const record of t.claims) for (const s of record.evidence) annotate(s, { type: 'Claim', record });
  for (const record of t.expertOpinions) for (const s of record.evidence) annotate(s, { type: 'ExpertOpinion', record });
  for (const list of annotationsOfParagraph.values())
    list.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);

  // Each article's timeline sees only the relations from its own events (one between two
  // articles places neither within its article), so building them all is linear, not articles × relations.
  const relationsOfArticle = new MultiMap<EventRelationRecord>();
  for (const r of t.eventRelations) relationsOfArticle.add(events.ref(r.fromEventId).articleId, r);
  const timelineOfArticle = new Map<string, readonly TimelineEntry[]>();
  for (const a of t.articles)
    timelineOfArticle.set(a.id, buildTimeline(eventsOfArticle.get(a.id) ?? [], relationsOfArticle.get(a.id) ?? []));
  const chronology = new Map(buildTimeline(t.events, t.eventRelations).map((e) => [e.event.id, e]));

  const searchIndex = buildSearchIndex([
    ...t.actors.map((record) => ({ kind: 'ACTOR' as const, record })),
    ...t.events.map((record) => ({ kind: 'EVENT' as const, record })),
    ...t.quotes.map((record) => ({ kind: 'QUOTE' as const, record })),
    ...t.claims.map((record) => ({ kind: 'CLAIM' as const, record })),
    ...t.expertOpinions.map((record) => ({ kind: 'EXPERT_OPINION' as const, record })),
    ...t.paragraphs.map((record) => ({ kind: 'PARAGRAPH' as const, record })),
  ], (id) => paragraphs.byId.get(id)?.text.ar);

  return deepFreeze({
    version, manifest,
    articles, sections, paragraphs, actors,
    roles: table(t.roles), mentions: table(t.mentions), events,
    eventRelations: table(t.eventRelations), quotes: table(t.quotes), claims: table(t.claims),
    expertOpinions: table(t.expertOpinions),
    sectionsOfArticle, paragraphsOfSection, paragraphsOfArticle, articleOfParagraph,
    actorsOfArticle, eventsOfArticle, quotesOfArticle, claimsOfArticle, opinionsOfArticle, articlesOfActor,
    rolesOfActor, mentionsOfActor, participationsOfActor, participantsOfEvent, eventsAtPlace, quotesBySpeaker, quotesReportedBy,
    claimsByClaimant, claimsAboutActor, opinionsByExpert, rolesInActor,
    relationsFromEvent, relationsToEvent, conflictsOfEvent, quotesAboutEvent, claimsAboutEvent, opinionsAboutEvent,
    claimsOfQuote, opinionsOfQuote, opinionsOfClaim, annotationsOfParagraph,
    timelineOfArticle, chronology, searchIndex,
  });
}

/** Freezes records and lists; maps cannot be frozen, so they are only ever exposed read-only. */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (value instanceof Map) {
    for (const v of value.values()) deepFreeze(v);
    return value;
  }
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
  return value;
}
