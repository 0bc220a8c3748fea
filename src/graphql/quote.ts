import { builder } from './builder.js';
import { listOf } from '../data/dataset.js';
import { filterQuotes, orderQuotes } from '../data/queries.js';
import { ChannelEnum, OrderDirectionEnum, QuoteKindEnum } from './enums.js';
import { paginate } from './pagination.js';
import {
  ActorRef, ArticleRef, ClaimRef, EventRef, ExpertOpinionRef, LocalizedTextRef, OriginalLanguageRef, QuoteConnection, QuoteRef, SourceSpanRef,
} from './refs.js';
import { isRecordOfType } from '../data/kinds.js';

const QuoteFilter = builder.inputType('QuoteFilter', {
  description: 'Narrows a list of quotes. All given conditions must hold.',
  fields: (t) => ({
    speaker: t.string({ required: false, description: 'Only quotes by the actor with this slug.' }),
    kind: t.field({ type: QuoteKindEnum, required: false, description: 'Only direct or only reported quotes.' }),
    channel: t.field({ type: ChannelEnum, required: false, description: 'Only quotes that came through this channel.' }),
  }),
});

const QuoteOrderFieldEnum = builder.enumType('QuoteOrderField', {
  description: 'What to order quotes by.',
  values: {
    PUBLISHED: { value: 'PUBLISHED', description: 'The publication date of the article that carries the quote; quotes of one day in the dataset\'s order.' },
    ARTICLE: { value: 'ARTICLE', description: 'The order in which the dataset records them (each article\'s quotes in its order).' },
  } as const,
});

export const QuoteOrder = builder.inputType('QuoteOrder', {
  description: 'The order of a list of quotes.',
  fields: (t) => ({
    field: t.field({ type: QuoteOrderFieldEnum, required: true, description: 'What to order by.' }),
    direction: t.field({ type: OrderDirectionEnum, required: false, defaultValue: 'ASC', description: 'Ascending (default) or descending.' }),
  }),
});



builder.node(QuoteRef, {
  description: 'Something an actor said: its own words between quotation marks (DIRECT) or reported speech (REPORTED). The Arabic `text` is verbatim from the article.',
  id: { resolve: (q) => q.id },
  isTypeOf: isRecordOfType('Quote'),
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'A stable, human-readable key, unique among quotes.' }),
    kind: t.expose('kind', { type: QuoteKindEnum, description: 'Direct (the speaker\'s own words) or reported.' }),
    text: t.expose('text', {
      type: LocalizedTextRef,
      description: 'The quote: Arabic verbatim from the article; English translated by Akhbar (see `isEnglishTranslated` and `originalLanguage`).',
    }),
    originalLanguage: t.expose('originalLanguage', {
      type: OriginalLanguageRef,
      description: 'The language the speaker used, as far as the article states or implies it. When it is not Arabic, the article\'s Arabic is itself a translation.',
    }),
    isEnglishTranslated: t.boolean({
      description: 'True when `text.en` is Akhbar\'s translation of the article\'s Arabic, not the speaker\'s own words: so for every quote of an Arabic article, even a DIRECT one. With `originalLanguage` EN, the English is a translation of a translation and may differ from what the speaker said.',
      resolve: (q, _args, ctx) => ctx.dataset.articles.ref(q.articleId).language === 'ar',
    }),
    speaker: t.field({ type: ActorRef, description: 'Who said it.', resolve: (q, _args, ctx) => ctx.dataset.actors.ref(q.speakerId) }),
    channel: t.expose('channel', { type: ChannelEnum, description: 'How it reached the public.' }),
    reportedBy: t.field({
      type: ActorRef,
      nullable: true,
      description: 'The outlet or agency that reported it, when the article names one.',
      resolve: (q, _args, ctx) => (q.reportedById ? ctx.dataset.actors.ref(q.reportedById) : null),
    }),
    about: t.field({
      type: [EventRef],
      description: 'The events the quote is about.',
      resolve: (q, _args, ctx) => q.aboutEventIds.map((id) => ctx.dataset.events.ref(id)),
    }),
    claims: t.field({
      type: [ClaimRef],
      description: 'The claims this quote carries (one quote can carry several).',
      resolve: (q, _args, ctx) => listOf(ctx.dataset.claimsOfQuote, q.id),
    }),
    expertOpinions: t.field({
      type: [ExpertOpinionRef],
      description: 'The expert opinions this quote is part of.',
      resolve: (q, _args, ctx) => listOf(ctx.dataset.opinionsOfQuote, q.id),
    }),
    article: t.field({ type: ArticleRef, description: 'The article that carries it.', resolve: (q, _args, ctx) => ctx.dataset.articles.ref(q.articleId) }),
    evidence: t.field({ type: [SourceSpanRef], description: 'Where the quote stands in the article.', resolve: (q) => q.evidence }),
  }),
});

builder.queryFields((t) => ({
  quotes: t.connection({
    nullable: true,
    type: QuoteRef,
    description: 'Every quote, optionally filtered, in the dataset\'s order or by publication date.',
    args: {
      filter: t.arg({ type: QuoteFilter, required: false, description: 'Only quotes matching this filter.' }),
      orderBy: t.arg({ type: QuoteOrder, required: false, description: 'The order of the list; the dataset\'s order when absent.' }),
    },
    resolve: (_root, args, ctx) => paginate(args, orderQuotes(ctx.dataset, filterQuotes(ctx.dataset, args.filter), args.orderBy)),
  }, QuoteConnection),
}));
