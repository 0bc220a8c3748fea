import { builder } from './builder.js';
import { listOf } from '../data/dataset.js';
import { LanguageEnum } from './enums.js';
import { paginate } from './pagination.js';
import {
  ActorConnection, ActorRef, ArticleConnection, ArticleRef, ClaimConnection, ClaimRef, EventConnection, EventRef,
  ExpertOpinionConnection, ExpertOpinionRef, LocalizedTextRef, OrganizationRef, ParagraphRef, PlaceRef, QuoteConnection, QuoteRef, SectionRef, SourceSpanRef,
  TimelineEntryRef,
} from './refs.js';
import { ActorFilter, ActorOrder } from './actor.js';
import { filterActors, filterEvents } from '../data/queries.js';
import { EventFilter, EventOrder } from './event.js';
import { isRecordOfType } from '../data/kinds.js';

builder.node(ArticleRef, {
  description: 'A news article, split into sections and paragraphs exactly as published, with everything Akhbar extracted from it.',
  id: { resolve: (a) => a.id },
  isTypeOf: isRecordOfType('Article'),
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'A stable, human-readable key, unique among articles: use it with `article(slug:)`.' }),
    headline: t.expose('headline', {
      type: LocalizedTextRef,
      description: 'The headline. The source text has none: when `isHeadlineEditorial` is true this one was written by Akhbar\'s editors.',
    }),
    isHeadlineEditorial: t.exposeBoolean('isHeadlineEditorial', { description: 'True when the headline is Akhbar\'s, not the publisher\'s.' }),
    headlineEvidence: t.field({
      type: [SourceSpanRef],
      description: 'The words of the article an editorial headline summarises; the headline keeps every hedge they hold ("possible", "may"). Empty for a publisher\'s headline.',
      resolve: (a) => a.headlineEvidence ?? [],
    }),
    language: t.field({ type: LanguageEnum, description: 'The language the article was published in.', resolve: (a) => a.language }),
    publishedOn: t.field({ type: 'Date', description: 'The publication date (ISO 8601 date), as given by the source.', resolve: (a) => a.publishedOn }),
    dateline: t.field({
      type: PlaceRef,
      description: 'The place the article is datelined from.',
      resolve: (a, _args, ctx) => ctx.dataset.actors.ref(a.datelinePlaceId),
    }),
    publisher: t.field({
      type: OrganizationRef,
      description: 'The outlet that published the article (and to which its experts spoke).',
      resolve: (a, _args, ctx) => ctx.dataset.actors.ref(a.publisherId),
    }),
    sourceNote: t.expose('sourceNote', { type: LocalizedTextRef, description: 'Where the text comes from and what Akhbar added to it.' }),
    sections: t.field({
      type: [SectionRef],
      description: 'The sections in reading order: the lead (no heading) first, then each headed section.',
      resolve: (a, _args, ctx) => listOf(ctx.dataset.sectionsOfArticle, a.id),
    }),
    paragraphs: t.field({
      type: [ParagraphRef],
      description: 'Every paragraph in reading order, across sections.',
      resolve: (a, _args, ctx) => listOf(ctx.dataset.paragraphsOfArticle, a.id),
    }),
    actors: t.connection({
      nullable: true,
      type: ActorRef,
      description: 'The actors the article mentions or involves, in the order the dataset lists them.',
      args: {
        filter: t.arg({ type: ActorFilter, required: false, description: 'Only actors matching this filter.' }),
        orderBy: t.arg({ type: ActorOrder, required: false, description: 'The order of the list; the dataset\'s order when absent.' }),
      },
      resolve: (a, args, ctx) => paginate(args, filterActors(ctx.dataset, listOf(ctx.dataset.actorsOfArticle, a.id), args.filter, args.orderBy)),
    }, ActorConnection),
    events: t.connection({
      nullable: true,
      type: EventRef,
      description: 'The events the article reports, expects, proposes, threatens or speculates about.',
      args: {
        filter: t.arg({ type: EventFilter, required: false, description: 'Only events matching this filter.' }),
        orderBy: t.arg({ type: EventOrder, required: false, description: 'The order of the list; the article\'s own order when absent.' }),
      },
      resolve: (a, args, ctx) => paginate(args, filterEvents(ctx.dataset, listOf(ctx.dataset.eventsOfArticle, a.id), args.filter, args.orderBy)),
    }, EventConnection),
    timeline: t.field({
      type: [TimelineEntryRef],
      description: 'The article\'s events in chronological order. Dated events sort by date; undated ones are placed by their relations (PRECEDES, FOLLOWS_UP, ...) where the data allows, and listed last, marked UNPLACED, otherwise.',
      resolve: (a, _args, ctx) => listOf(ctx.dataset.timelineOfArticle, a.id),
    }),
    quotes: t.connection({
      nullable: true,
      type: QuoteRef,
      description: 'The quotes in the article, direct and reported, in reading order.',
      resolve: (a, args, ctx) => paginate(args, listOf(ctx.dataset.quotesOfArticle, a.id)),
    }, QuoteConnection),
    claims: t.connection({
      nullable: true,
      type: ClaimRef,
      description: 'The attributable assertions in the article.',
      resolve: (a, args, ctx) => paginate(args, listOf(ctx.dataset.claimsOfArticle, a.id)),
    }, ClaimConnection),
    expertOpinions: t.connection({
      nullable: true,
      type: ExpertOpinionRef,
      description: 'The expert opinions the article carries.',
      resolve: (a, args, ctx) => paginate(args, listOf(ctx.dataset.opinionsOfArticle, a.id)),
    }, ExpertOpinionConnection),
  }),
});

builder.queryFields((t) => ({
  article: t.field({
    type: ArticleRef,
    nullable: true,
    description: 'One article by its slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The article\'s `slug`.' }) },
    resolve: (_root, { slug }, ctx) => ctx.dataset.articles.bySlug.get(slug) ?? null,
  }),
  articles: t.connection({
    nullable: true,
    type: ArticleRef,
    description: 'Every article, in the order they were added.',
    resolve: (_root, args, ctx) => paginate(args, ctx.dataset.articles.all),
  }, ArticleConnection),
}));
