import { builder } from './builder.js';
import { listOf, type Dataset } from '../data/dataset.js';
import type { ActorRecord } from '../data/records.js';
import { ActorKindEnum, OrderDirectionEnum } from './enums.js';
import { EventFilter, EventOrder } from './event.js';
import { paginate } from './pagination.js';
import { QuoteOrder } from './quote.js';
import { filterActors, filterEvents, orderQuotes } from '../data/queries.js';
import {
  ActorConnection, ActorRef, ArticleConnection, ArticleRef, ClaimConnection, ClaimRef, EventConnection,
  EventParticipantConnection, EventParticipantRef, EventRef, ExpertOpinionConnection, ExpertOpinionRef, GroupRef,
  LocalizedTextRef, MentionConnection, MentionRef, OrganizationRef, PersonRef, PlaceRef, QuoteConnection, QuoteRef,
  RoleRef,
} from './refs.js';
import { actorTypenames, isRecordOfType } from '../data/kinds.js';

const AliasRef = builder.objectRef<ActorRecord['aliases'][number]>('Alias').implement({
  description: 'Another way of writing an actor\'s name: an Arabic spelling variant, an English form, or both.',
  fields: (t) => ({
    ar: t.exposeString('ar', { nullable: true, description: 'The Arabic form, when this alias has one.' }),
    en: t.exposeString('en', { nullable: true, description: 'The English form, when this alias has one.' }),
  }),
});

export const ActorFilter = builder.inputType('ActorFilter', {
  description: 'Narrows a list of actors. All given conditions must hold.',
  fields: (t) => ({
    kinds: t.field({ type: [ActorKindEnum], required: false, description: 'Only actors of one of these kinds.' }),
    name: t.string({
      required: false,
      description: 'Only actors whose name or an alias, in Arabic or English, contains this text (Arabic-normalised, case-insensitive).',
    }),
  }),
});

const ActorOrderField = builder.enumType('ActorOrderField', {
  description: 'What to order actors by.',
  values: {
    NAME: { value: 'NAME', description: 'The English name, alphabetically.' },
    MENTIONS: { value: 'MENTIONS', description: 'How often the articles mention the actor.' },
  } as const,
});

export const ActorOrder = builder.inputType('ActorOrder', {
  description: 'The order of a list of actors.',
  fields: (t) => ({
    field: t.field({ type: ActorOrderField, required: true, description: 'What to order by.' }),
    direction: t.field({ type: OrderDirectionEnum, required: false, defaultValue: 'ASC', description: 'Ascending (default) or descending.' }),
  }),
});


/** The events in which the actor takes part (one participation each), in the dataset's order. */
function eventsOf(dataset: Dataset, actorId: string) {
  return listOf(dataset.participationsOfActor, actorId).map((p) => p.event);
}

builder.interfaceType(ActorRef, {
  description: 'Someone or something the articles name or refer to: a person, an organisation, a place or a group. Actors are shared across articles.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (actor) => actorTypenames[actor.kind],
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'A stable, human-readable key, unique among actors: use it with `actor(slug:)`.' }),
    kind: t.expose('kind', { type: ActorKindEnum, description: 'Person, organisation, place or group.' }),
    name: t.expose('name', { type: LocalizedTextRef, description: 'The name: Arabic as the article writes it, and its usual English form.' }),
    aliases: t.field({
      type: [AliasRef],
      description: 'Other ways of writing the name (Arabic spelling variants, English forms); search matches them too.',
      resolve: (a) => a.aliases,
    }),
    description: t.expose('description', { type: LocalizedTextRef, description: 'A short description, based on what the articles say.' }),
    roles: t.field({
      type: [RoleRef],
      description: 'The roles and titles the articles give this actor.',
      resolve: (a, _args, ctx) => listOf(ctx.dataset.rolesOfActor, a.id),
    }),
    mentionCount: t.int({
      description: 'How many times the articles mention this actor.',
      resolve: (a, _args, ctx) => listOf(ctx.dataset.mentionsOfActor, a.id).length,
    }),
    mentions: t.connection({
      nullable: true,
      type: MentionRef,
      description: 'Every place in the articles\' text that names or refers to this actor, in reading order.',
      resolve: (a, args, ctx) => paginate(args, listOf(ctx.dataset.mentionsOfActor, a.id)),
    }, MentionConnection),
    participations: t.connection({
      nullable: true,
      type: EventParticipantRef,
      description: 'The actor\'s part in each event: the event and the roles it plays there, one participation per event.',
      resolve: (a, args, ctx) => paginate(args, listOf(ctx.dataset.participationsOfActor, a.id)),
    }, EventParticipantConnection),
    events: t.connection({
      nullable: true,
      type: EventRef,
      description: 'The events the actor takes part in across every article (see `participations` for its role in each), optionally filtered; `orderBy: {field: DATE}` gives them in the order of the whole dataset\'s chronology.',
      args: {
        filter: t.arg({ type: EventFilter, required: false, description: 'Only events matching this filter.' }),
        orderBy: t.arg({ type: EventOrder, required: false, description: 'The order of the list; the dataset\'s order when absent.' }),
      },
      resolve: (a, args, ctx) => paginate(args, filterEvents(ctx.dataset, eventsOf(ctx.dataset, a.id), args.filter, args.orderBy)),
    }, EventConnection),
    quotes: t.connection({
      nullable: true,
      type: QuoteRef,
      description: 'What this actor said, direct or reported, across every article; `orderBy: {field: PUBLISHED}` by publication date.',
      args: { orderBy: t.arg({ type: QuoteOrder, required: false, description: 'The order of the list; the dataset\'s order when absent.' }) },
      resolve: (a, args, ctx) => paginate(args, orderQuotes(ctx.dataset, listOf(ctx.dataset.quotesBySpeaker, a.id), args.orderBy)),
    }, QuoteConnection),
    claims: t.connection({
      nullable: true,
      type: ClaimRef,
      description: 'The assertions this actor makes.',
      resolve: (a, args, ctx) => paginate(args, listOf(ctx.dataset.claimsByClaimant, a.id)),
    }, ClaimConnection),
    claimsAbout: t.connection({
      nullable: true,
      type: ClaimRef,
      description: 'The assertions others (or the actor itself) make about this actor.',
      resolve: (a, args, ctx) => paginate(args, listOf(ctx.dataset.claimsAboutActor, a.id)),
    }, ClaimConnection),
    expertOpinions: t.connection({
      nullable: true,
      type: ExpertOpinionRef,
      description: 'The expert opinions this actor gives.',
      resolve: (a, args, ctx) => paginate(args, listOf(ctx.dataset.opinionsByExpert, a.id)),
    }, ExpertOpinionConnection),
    articles: t.connection({
      nullable: true,
      type: ArticleRef,
      description: 'The articles that mention or involve this actor.',
      resolve: (a, args, ctx) => paginate(args, listOf(ctx.dataset.articlesOfActor, a.id)),
    }, ArticleConnection),
  }),
});

const isActorOfKind = (kind: ActorRecord['kind']) => isRecordOfType(actorTypenames[kind]);

builder.node(PersonRef, {
  description: 'A named individual.',
  interfaces: [ActorRef],
  id: { resolve: (a) => a.id },
  isTypeOf: isActorOfKind('PERSON'),
  fields: () => ({}),
});

builder.node(OrganizationRef, {
  description: 'An institution, agency, news outlet or alliance.',
  interfaces: [ActorRef],
  id: { resolve: (a) => a.id },
  isTypeOf: isActorOfKind('ORGANIZATION'),
  fields: (t) => ({
    memberRoles: t.field({
      type: [RoleRef],
      description: 'Roles that people hold in this organisation.',
      resolve: (a, _args, ctx) => listOf(ctx.dataset.rolesInActor, a.id),
    }),
    reportedQuotes: t.connection({
      nullable: true,
      type: QuoteRef,
      description: 'Quotes this organisation (a news agency or outlet) reported.',
      resolve: (a, args, ctx) => paginate(args, listOf(ctx.dataset.quotesReportedBy, a.id)),
    }, QuoteConnection),
  }),
});

builder.node(PlaceRef, {
  description: 'A country, city or region. The articles often use a capital for its government ("Moscow refrained from commenting").',
  interfaces: [ActorRef],
  id: { resolve: (a) => a.id },
  isTypeOf: isActorOfKind('PLACE'),
  fields: (t) => ({
    eventsHere: t.connection({
      nullable: true,
      type: EventRef,
      description: 'Events that take place here.',
      resolve: (a, args, ctx) => paginate(args, listOf(ctx.dataset.eventsAtPlace, a.id)),
    }, EventConnection),
    memberRoles: t.field({
      type: [RoleRef],
      description: 'Roles held in this country (a president, an envoy).',
      resolve: (a, _args, ctx) => listOf(ctx.dataset.rolesInActor, a.id),
    }),
  }),
});

builder.node(GroupRef, {
  description: 'A collective the articles refer to without naming its members, such as "European leaders".',
  interfaces: [ActorRef],
  id: { resolve: (a) => a.id },
  isTypeOf: isActorOfKind('GROUP'),
  fields: () => ({}),
});

builder.queryFields((t) => ({
  actor: t.field({
    type: ActorRef,
    nullable: true,
    description: 'One actor by its slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The actor\'s `slug`, such as "vladimir-putin".' }) },
    resolve: (_root, { slug }, ctx) => ctx.dataset.actors.bySlug.get(slug) ?? null,
  }),
  actors: t.connection({
    nullable: true,
    type: ActorRef,
    description: 'Every actor, optionally filtered and ordered (by default in the dataset\'s order).',
    args: {
      filter: t.arg({ type: ActorFilter, required: false, description: 'Only actors matching this filter.' }),
      orderBy: t.arg({ type: ActorOrder, required: false, description: 'The order of the list.' }),
    },
    resolve: (_root, args, ctx) => paginate(args, filterActors(ctx.dataset, ctx.dataset.actors.all, args.filter, args.orderBy)),
  }, ActorConnection),
}));
