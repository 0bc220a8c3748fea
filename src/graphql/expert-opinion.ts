import { builder } from './builder.js';
import { filterOpinions } from '../data/queries.js';
import { ChannelEnum, StanceEnum } from './enums.js';
import { paginate } from './pagination.js';
import {
  ActorRef, ArticleRef, ClaimRef, EventRef, ExpertOpinionConnection, ExpertOpinionRef, LocalizedTextRef, QuoteRef,
  SourceSpanRef,
} from './refs.js';
import { isRecordOfType } from '../data/kinds.js';

const ExpertOpinionFilter = builder.inputType('ExpertOpinionFilter', {
  description: 'Narrows a list of expert opinions. All given conditions must hold.',
  fields: (t) => ({
    expert: t.string({ required: false, description: 'Only opinions of the actor with this slug.' }),
    stances: t.field({ type: [StanceEnum], required: false, description: 'Only opinions with one of these stances.' }),
  }),
});


builder.node(ExpertOpinionRef, {
  description: 'An expert\'s view on a subject, as the article carries it: the expert, the credential the article gives, the stance, and the claims and quotes that make it up.',
  id: { resolve: (o) => o.id },
  isTypeOf: isRecordOfType('ExpertOpinion'),
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'A stable, human-readable key, unique among expert opinions.' }),
    expert: t.field({ type: ActorRef, description: 'The expert.', resolve: (o, _args, ctx) => ctx.dataset.actors.ref(o.expertId) }),
    credential: t.expose('credential', { type: LocalizedTextRef, description: 'The expert\'s credential, as the article states it.' }),
    channel: t.expose('channel', { type: ChannelEnum, description: 'How the expert gave the opinion (an interview with the publisher, say).' }),
    reportedBy: t.field({
      type: ActorRef,
      nullable: true,
      description: 'The outlet the expert spoke to, when the article names it.',
      resolve: (o, _args, ctx) => (o.reportedById ? ctx.dataset.actors.ref(o.reportedById) : null),
    }),
    subject: t.expose('subject', { type: LocalizedTextRef, description: 'What the opinion is about.' }),
    subjectEvent: t.field({
      type: EventRef,
      nullable: true,
      description: 'The event the opinion is about, when it is about one.',
      resolve: (o, _args, ctx) => (o.subjectEventId ? ctx.dataset.events.ref(o.subjectEventId) : null),
    }),
    stance: t.expose('stance', { type: StanceEnum, description: 'The expert\'s overall judgement of the subject, as Akhbar\'s editors read it.' }),
    stanceJustification: t.expose('stanceJustification', { type: LocalizedTextRef, description: 'One line on why the stance is what it is.' }),
    claims: t.field({
      type: [ClaimRef],
      description: 'The claims the expert makes.',
      resolve: (o, _args, ctx) => o.claimIds.map((id) => ctx.dataset.claims.ref(id)),
    }),
    quotes: t.field({
      type: [QuoteRef],
      description: 'The expert\'s quotes, direct and reported.',
      resolve: (o, _args, ctx) => o.quoteIds.map((id) => ctx.dataset.quotes.ref(id)),
    }),
    article: t.field({ type: ArticleRef, description: 'The article that carries it.', resolve: (o, _args, ctx) => ctx.dataset.articles.ref(o.articleId) }),
    evidence: t.field({ type: [SourceSpanRef], description: 'The words of the article the opinion rests on.', resolve: (o) => o.evidence }),
  }),
});

builder.queryFields((t) => ({
  expertOpinions: t.connection({
    nullable: true,
    type: ExpertOpinionRef,
    description: 'Every expert opinion, optionally filtered, in the dataset\'s order.',
    args: { filter: t.arg({ type: ExpertOpinionFilter, required: false, description: 'Only opinions matching this filter.' }) },
    resolve: (_root, args, ctx) => paginate(args, filterOpinions(ctx.dataset, args.filter)),
  }, ExpertOpinionConnection),
}));
