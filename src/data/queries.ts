/**
 * Query semantics, in the data layer: what a filter means and how a slug argument is looked up.
 * The GraphQL type files declare the fields and call these; a slug that names nothing is a
 * BAD_USER_INPUT naming the argument (errors.ts), said the same way everywhere.
 */
import { badUserInput } from '../errors.js';
import { type Annotated, type Annotation, type Dataset, listOf, type ParagraphRange, type Table } from './dataset.js';
import {
  spanKey,
  type ActorRecord, type ClaimRecord, type EventRecord, type ExpertOpinionRecord, type ParagraphRecord, type QuoteRecord, type Span,
} from './records.js';
import { normalizeWord } from './search.js';

/**
 * The record of `table` with this slug, or a BAD_USER_INPUT error naming `argumentName` and
 * saying what the slug must name (`what`: "an actor", "an event", ...).
 */
function recordBySlug<T extends { id: string }>(table: Table<T>, slug: string, argumentName: string, what: string): T {
  const record = table.bySlug.get(slug);
  if (!record) throw badUserInput(argumentName, `\`${argumentName}\`: no ${what.replace(/^an? /, '')} has the slug "${slug}"; use ${what}'s \`slug\`.`);
  return record;
}

const actorBySlug = (dataset: Dataset, slug: string, argumentName: string): ActorRecord =>
  recordBySlug(dataset.actors, slug, argumentName, 'an actor');

const eventBySlug = (dataset: Dataset, slug: string, argumentName: string): EventRecord =>
  recordBySlug(dataset.events, slug, argumentName, 'an event');

/** Claims, narrowed by who asserts them (`claimant`, an actor's slug) and what they are about (`about`, an event's slug). */
export function filterClaims(dataset: Dataset, filter?: { claimant?: string | null; about?: string | null } | null): readonly ClaimRecord[] {
  let out = dataset.claims.all;
  if (filter?.claimant != null) out = listOf(dataset.claimsByClaimant, actorBySlug(dataset, filter.claimant, 'filter.claimant').id);
  if (filter?.about != null) {
    const event = eventBySlug(dataset, filter.about, 'filter.about');
    out = out.filter((c) => c.aboutEventIds.includes(event.id));
  }
  return out;
}

/** Expert opinions, narrowed by expert (an actor's slug) and stances. */
export function filterOpinions(
  dataset: Dataset,
  filter?: { expert?: string | null; stances?: readonly ExpertOpinionRecord['stance'][] | null } | null,
): readonly ExpertOpinionRecord[] {
  let out = dataset.expertOpinions.all;
  if (filter?.expert != null) out = listOf(dataset.opinionsByExpert, actorBySlug(dataset, filter.expert, 'filter.expert').id);
  if (filter?.stances) {
    const stances = new Set(filter.stances);
    out = out.filter((o) => stances.has(o.stance));
  }
  return out;
}

export type EventFilterInput = {
  kinds?: readonly EventRecord['kind'][] | null;
  statuses?: readonly EventRecord['status'][] | null;
  from?: string | null;
  to?: string | null;
  participant?: string | null;
  place?: string | null;
};

type EventOrderInput = { field: 'DATE' | 'ARTICLE'; direction?: 'ASC' | 'DESC' | null };

/** Applies an EventFilter and EventOrder to a precomputed list; unknown slugs are client errors. */
export function filterEvents(
  dataset: Dataset,
  list: readonly EventRecord[],
  filter?: EventFilterInput | null,
  order?: EventOrderInput | null,
): readonly EventRecord[] {
  let out = list;
  if (filter?.from != null || filter?.to != null) {
    const from = filter.from ?? '0000-01-01';
    const to = filter.to ?? '9999-12-31';
    if (from > to) throw badUserInput('filter.from', `\`filter.from\` (${from}) must not be after \`filter.to\` (${to}).`);
    // The dataset's date index finds them without a scan; another list is narrowed to them.
    const between = dataset.eventsBetween(from, to);
    if (out === dataset.events.all) out = between;
    else {
      const keep = new Set(between);
      out = out.filter((e) => keep.has(e));
    }
  }
  if (filter?.kinds) {
    const kinds = new Set(filter.kinds);
    out = out.filter((e) => kinds.has(e.kind));
  }
  if (filter?.statuses) {
    const statuses = new Set(filter.statuses);
    out = out.filter((e) => statuses.has(e.status));
  }
  if (filter?.participant != null) {
    const actor = actorBySlug(dataset, filter.participant, 'filter.participant');
    const events = new Set(listOf(dataset.participationsOfActor, actor.id).map((p) => p.event.id));
    out = out.filter((e) => events.has(e.id));
  }
  if (filter?.place != null) {
    const place = dataset.actors.bySlug.get(filter.place);
    if (!place || place.kind !== 'PLACE')
      throw badUserInput('filter.place', `\`filter.place\`: no place has the slug "${filter.place}"; use the \`slug\` of an actor of kind PLACE.`);
    out = out.filter((e) => e.placeId === place.id);
  }
  return orderEvents(dataset, out, order);
}

/** Orders events by the chronology (DATE) or the dataset's order (ARTICLE, precomputed: no sort). */
function orderEvents(dataset: Dataset, list: readonly EventRecord[], order: EventOrderInput | null | undefined): readonly EventRecord[] {
  let out = list;
  if (order?.field === 'DATE') {
    // Events that nothing places stay last in both directions: they have no place to reverse.
    const entry = (e: EventRecord) => dataset.chronology.get(e.id);
    const unplaced = (e: EventRecord) => entry(e)?.placement === 'UNPLACED';
    const sign = order.direction === 'DESC' ? -1 : 1;
    out = [...out].sort((a, b) => Number(unplaced(a)) - Number(unplaced(b))
      || (unplaced(a) ? 0 : sign * ((entry(a)?.position ?? 0) - (entry(b)?.position ?? 0)))
      || (entry(a)?.position ?? 0) - (entry(b)?.position ?? 0));
  } else if (order?.direction === 'DESC') out = [...out].reverse();
  return out;
}

/** Applies an ActorFilter and ActorOrder to a precomputed list. */
export function filterActors(
  dataset: Dataset,
  list: readonly ActorRecord[],
  filter?: { kinds?: readonly ActorRecord['kind'][] | null; name?: string | null } | null,
  order?: { field: 'NAME' | 'MENTIONS'; direction?: 'ASC' | 'DESC' | null } | null,
): readonly ActorRecord[] {
  let out = list;
  if (filter?.kinds) {
    const kinds = new Set(filter.kinds);
    out = out.filter((a) => kinds.has(a.kind));
  }
  if (filter?.name != null) {
    const needle = normalizeWord(filter.name.trim());
    out = out.filter((a) =>
      [a.name.ar, a.name.en, ...a.aliases.flatMap((x) => [x.ar ?? '', x.en ?? ''])].some((n) => normalizeWord(n).includes(needle)));
  }
  if (order) {
    const sign = order.direction === 'DESC' ? -1 : 1;
    const mentions = (a: ActorRecord) => listOf(dataset.mentionsOfActor, a.id).length;
    out = [...out].sort((a, b) => sign * (order.field === 'NAME' ? a.name.en.localeCompare(b.name.en, 'en') : mentions(a) - mentions(b))
      || a.name.en.localeCompare(b.name.en, 'en'));
  }
  return out;
}

/** Orders a list of quotes by a QuoteOrder; the list as it is when there is none. */
export function orderQuotes(
  dataset: Dataset,
  list: readonly QuoteRecord[],
  order?: { field: 'PUBLISHED' | 'ARTICLE'; direction?: 'ASC' | 'DESC' | null } | null,
): readonly QuoteRecord[] {
  if (!order) return list;
  const sign = order.direction === 'DESC' ? -1 : 1;
  if (order.field === 'ARTICLE') return sign === 1 ? list : [...list].reverse();
  const day = (q: QuoteRecord) => dataset.articles.ref(q.articleId).publishedOn;
  // Array.prototype.sort is stable: quotes of one day keep the dataset's order (reversed for DESC).
  const sorted = [...list].sort((a, b) => (day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : 0));
  return sign === 1 ? sorted : sorted.reverse();
}

/** Quotes, narrowed by speaker (an actor's slug), kind and channel. */
export function filterQuotes(
  dataset: Dataset,
  filter?: { speaker?: string | null; kind?: QuoteRecord['kind'] | null; channel?: QuoteRecord['channel'] | null } | null,
): readonly QuoteRecord[] {
  let out = dataset.quotes.all;
  if (filter?.speaker != null) {
    out = listOf(dataset.quotesBySpeaker, actorBySlug(dataset, filter.speaker, 'filter.speaker').id);
  }
  if (filter?.kind != null) out = out.filter((q) => q.kind === filter.kind);
  if (filter?.channel != null) out = out.filter((q) => q.channel === filter.channel);
  return out;
}

/** Where a cited span stands in the English translation; null where the translation has no counterpart. */
export function englishOf(dataset: Dataset, span: Span): ParagraphRange | null {
  return dataset.englishOfSpan.get(spanKey(span)) ?? null;
}

/**
 * A paragraph's annotations whose range in `language`'s text overlaps [start, end) (an empty
 * range: those containing it), of the given kinds, ordered by that range. In English, ranges are
 * the alignments' and a span with no English counterpart is left out.
 */
export function annotationsOf(
  dataset: Dataset, paragraph: ParagraphRecord,
  args: { start?: number | null; end?: number | null; kinds?: readonly AnnotationKind[] | null; language: 'ar' | 'en' },
): readonly Annotation[] {
  const length = paragraph.text[args.language].length;
  const start = args.start ?? 0;
  const end = args.end ?? length;
  const of = args.language === 'ar' ? 'the Arabic text' : 'the English translation';
  if (start < 0 || start > length) throw badUserInput('start', `\`start\` must be between 0 and ${length} (the length of ${of} in UTF-16 code units); got ${start}.`);
  if (end < start || end > length) throw badUserInput('end', `\`end\` must be between \`start\` (${start}) and ${length}; got ${end}.`);
  const kinds = args.kinds ? new Set(args.kinds) : undefined;
  const all = listOf(args.language === 'ar' ? dataset.annotationsOfParagraph : dataset.englishAnnotationsOfParagraph, paragraph.id);
  // Overlap of [a, b) with [start, end); an empty range selects the ranges that contain it.
  return all.filter((a) => {
    const range = a.range ?? a.span; // the Arabic's range is its span
    return (start === end ? range.start <= start && start < range.end : range.start < end && start < range.end)
      && (!kinds || kinds.has(annotationKind(dataset, a.target)));
  });
}

type AnnotationKind = ReturnType<typeof annotationKind>;

/** The highlight kind of an annotation; a mention takes its actor's kind. */
export function annotationKind(dataset: Dataset, target: Annotated) {
  switch (target.type) {
    case 'Mention': return dataset.actors.ref(target.record.actorId).kind;
    case 'Role': return 'ROLE' as const;
    case 'Event': return 'EVENT' as const;
    case 'EventRelation': return 'EVENT_RELATION' as const;
    case 'Quote': return 'QUOTE' as const;
    case 'Claim': return 'CLAIM' as const;
    case 'ExpertOpinion': return 'EXPERT_OPINION' as const;
  }
}
