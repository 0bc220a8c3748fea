import { builder } from './builder.js';
import { listOf } from '../data/dataset.js';
import { filterEvents } from '../data/queries.js';
import { EventKindEnum, EventStatusEnum, OrderDirectionEnum } from './enums.js';
import { paginate } from './pagination.js';
import {
  ActorRef, ArticleRef, AttributionRef, ClaimRef, EventConnection, EventParticipantRef, EventRef, EventRelationRef, ExpertOpinionRef,
  LocalizedTextRef, PartialDateRef, QuoteRef, SourceSpanRef, TimelineEntryRef,
} from './refs.js';
import { isRecordOfType } from '../data/kinds.js';

export const EventFilter = builder.inputType('EventFilter', {
  description: 'Narrows a list of events. All given conditions must hold.',
  fields: (t) => ({
    kinds: t.field({ type: [EventKindEnum], required: false, description: 'Only events of one of these kinds.' }),
    statuses: t.field({ type: [EventStatusEnum], required: false, description: 'Only events with one of these statuses.' }),
    from: t.field({
      type: 'Date', required: false,
      description: 'Only dated events whose period ends on or after this day (ISO 8601 date). Undated events are left out when `from` or `to` is given.',
    }),
    to: t.field({ type: 'Date', required: false, description: 'Only dated events whose period starts on or before this day (ISO 8601 date).' }),
    participant: t.string({ required: false, description: 'Only events in which the actor with this slug takes part.' }),
    place: t.string({ required: false, description: 'Only events that take place at the place with this slug.' }),
  }),
});

const EventOrderField = builder.enumType('EventOrderField', {
  description: 'What to order events by.',
  values: {
    DATE: {
      value: 'DATE',
      description: 'Chronologically: by date, with undated events placed by their relations where the data allows. Events that nothing places come last in either direction.',
    },
    ARTICLE: { value: 'ARTICLE', description: 'The order in which the dataset records them (roughly the article\'s order).' },
  } as const,
});

export const EventOrder = builder.inputType('EventOrder', {
  description: 'The order of a list of events.',
  fields: (t) => ({
    field: t.field({ type: EventOrderField, required: true, description: 'What to order by.' }),
    direction: t.field({ type: OrderDirectionEnum, required: false, defaultValue: 'ASC', description: 'Ascending (default) or descending.' }),
  }),
});



builder.node(EventRef, {
  description: 'Something the article reports, expects, proposes, threatens or speculates about: `status` says which.',
  id: { resolve: (e) => e.id },
  isTypeOf: isRecordOfType('Event'),
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'A stable, human-readable key, unique among events: use it with `event(slug:)`.' }),
    kind: t.expose('kind', { type: EventKindEnum, description: 'What kind of event this is.' }),
    status: t.expose('status', { type: EventStatusEnum, description: 'Whether it happened, is expected, proposed, speculated about or threatened.' }),
    title: t.expose('title', { type: LocalizedTextRef, description: 'A short title written by Akhbar\'s editors.' }),
    summary: t.expose('summary', { type: LocalizedTextRef, description: 'One or two sentences on what the article says of it.' }),
    date: t.field({
      type: PartialDateRef,
      nullable: true,
      description: 'When it happened or is expected, as precise as the article allows; null when the article gives no way to date it.',
      resolve: (e) => e.date ?? null,
    }),
    place: t.field({
      type: ActorRef,
      nullable: true,
      description: 'Where it takes place, when the article says.',
      resolve: (e, _args, ctx) => (e.placeId ? ctx.dataset.actors.ref(e.placeId) : null),
    }),
    duration: t.field({
      type: 'Duration',
      nullable: true,
      description: 'How long it lasted, as an ISO 8601 duration (PT3H is three hours), when the article says.',
      resolve: (e) => e.duration ?? null,
    }),
    count: t.int({
      nullable: true,
      description: 'How many times it happened, when the event is a series the article counts (four meetings), as the passage cited states it. When another passage gives a count that cannot agree, `conflicts` says so and neither count is taken as fact.',
      resolve: (e) => e.count ?? null,
    }),
    note: t.field({
      type: LocalizedTextRef,
      nullable: true,
      description: 'Akhbar\'s note where the article is vague or inconsistent about this event.',
      resolve: (e) => e.note ?? null,
    }),
    attribution: t.expose('attribution', {
      type: AttributionRef,
      description: 'Whose assertion it is that this happened (or is expected, proposed, ...): the article\'s own voice, or a source it relays.',
    }),
    conflicts: t.field({
      type: [EventRelationRef],
      description: 'CONFLICTS_WITH relations this event is one side of, or whose reading it depends on (the talks, for two counts that cannot both be right).',
      resolve: (e, _args, ctx) => listOf(ctx.dataset.conflictsOfEvent, e.id),
    }),
    article: t.field({ type: ArticleRef, description: 'The article that reports it.', resolve: (e, _args, ctx) => ctx.dataset.articles.ref(e.articleId) }),
    participants: t.field({
      type: [EventParticipantRef],
      description: 'Who takes part: each actor once, with every role it plays.',
      resolve: (e, _args, ctx) => listOf(ctx.dataset.participantsOfEvent, e.id),
    }),
    outgoingRelations: t.field({
      type: [EventRelationRef],
      description: 'Relations in which this event is the source ("this PRECEDES that").',
      resolve: (e, _args, ctx) => listOf(ctx.dataset.relationsFromEvent, e.id),
    }),
    incomingRelations: t.field({
      type: [EventRelationRef],
      description: 'Relations in which this event is the target ("that PRECEDES this").',
      resolve: (e, _args, ctx) => listOf(ctx.dataset.relationsToEvent, e.id),
    }),
    relatedEvents: t.field({
      type: [EventRef],
      description: 'Every event related to this one, in either direction (see the relations for how).',
      resolve: (e, _args, ctx) => [...new Set([
        ...listOf(ctx.dataset.relationsFromEvent, e.id).map((r) => ctx.dataset.events.ref(r.toEventId)),
        ...listOf(ctx.dataset.relationsToEvent, e.id).map((r) => ctx.dataset.events.ref(r.fromEventId)),
      ])],
    }),
    chronology: t.field({
      type: TimelineEntryRef,
      description: 'Where this event stands in the chronology of the whole dataset.',
      resolve: (e, _args, ctx) => {
        const entry = ctx.dataset.chronology.get(e.id);
        if (!entry) throw new Error(`dataset invariant broken: ${e.id} has no place in the chronology`);
        return entry;
      },
    }),
    quotes: t.field({
      type: [QuoteRef],
      description: 'Quotes about this event.',
      resolve: (e, _args, ctx) => listOf(ctx.dataset.quotesAboutEvent, e.id),
    }),
    claims: t.field({
      type: [ClaimRef],
      description: 'Claims about this event.',
      resolve: (e, _args, ctx) => listOf(ctx.dataset.claimsAboutEvent, e.id),
    }),
    expertOpinions: t.field({
      type: [ExpertOpinionRef],
      description: 'Expert opinions whose subject is this event.',
      resolve: (e, _args, ctx) => listOf(ctx.dataset.opinionsAboutEvent, e.id),
    }),
    evidence: t.field({
      type: [SourceSpanRef],
      description: 'The words of the article this event rests on.',
      resolve: (e) => e.evidence,
    }),
  }),
});

builder.queryFields((t) => ({
  event: t.field({
    type: EventRef,
    nullable: true,
    description: 'One event by its slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The event\'s `slug`.' }) },
    resolve: (_root, { slug }, ctx) => ctx.dataset.events.bySlug.get(slug) ?? null,
  }),
  events: t.connection({
    nullable: true,
    type: EventRef,
    description: 'Every event, optionally filtered and ordered. `orderBy: {field: DATE}` gives the chronology.',
    args: {
      filter: t.arg({ type: EventFilter, required: false, description: 'Only events matching this filter.' }),
      orderBy: t.arg({ type: EventOrder, required: false, description: 'The order of the list; the dataset\'s order when absent.' }),
    },
    resolve: (_root, args, ctx) => paginate(args, filterEvents(ctx.dataset, ctx.dataset.events.all, args.filter, args.orderBy)),
  }, EventConnection),
}));
