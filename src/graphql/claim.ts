import { builder } from './builder.js';
import { listOf } from '../data/dataset.js';
import { filterClaims } from '../data/queries.js';
import { paginate } from './pagination.js';
import { AssertionLevelEnum } from './enums.js';
import { ActorRef, ArticleRef, AttributionRef, ClaimConnection, ClaimRef, EventRef, ExpertOpinionRef, LocalizedTextRef, QuoteRef, SourceSpanRef } from './refs.js';
import { isRecordOfType } from '../data/kinds.js';

const ClaimFilter = builder.inputType('ClaimFilter', {
  description: 'Narrows a list of claims. All given conditions must hold.',
  fields: (t) => ({
    claimant: t.string({ required: false, description: 'Only claims made by the actor with this slug.' }),
    about: t.string({ required: false, description: 'Only claims about the event with this slug.' }),
  }),
});


builder.node(ClaimRef, {
  description: 'An attributable assertion: who asserts what. Kept apart from quotes, since one quote can carry several claims and a claim can rest on reported speech.',
  id: { resolve: (c) => c.id },
  isTypeOf: isRecordOfType('Claim'),
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'A stable, human-readable key, unique among claims.' }),
    statement: t.expose('statement', { type: LocalizedTextRef, description: 'What is asserted, as a self-contained sentence written by Akhbar\'s editors.' }),
    claimant: t.field({ type: ActorRef, description: 'Who asserts it.', resolve: (c, _args, ctx) => ctx.dataset.actors.ref(c.claimantId) }),
    attribution: t.expose('attribution', {
      type: AttributionRef,
      description: 'Whose assertion it is, in the article: its own voice (the claimant is the publisher), a named source or an unnamed one, and through whom it came.',
    }),
    level: t.expose('level', { type: AssertionLevelEnum, description: 'Whether the claimant states it as fact, gives it as opinion or forecasts it.' }),
    quotes: t.field({
      type: [QuoteRef],
      description: 'The quotes that carry this claim.',
      resolve: (c, _args, ctx) => c.quoteIds.map((id) => ctx.dataset.quotes.ref(id)),
    }),
    aboutEvents: t.field({
      type: [EventRef],
      description: 'The events the claim is about.',
      resolve: (c, _args, ctx) => c.aboutEventIds.map((id) => ctx.dataset.events.ref(id)),
    }),
    aboutActors: t.field({
      type: [ActorRef],
      description: 'The actors the claim is about.',
      resolve: (c, _args, ctx) => c.aboutActorIds.map((id) => ctx.dataset.actors.ref(id)),
    }),
    expertOpinions: t.field({
      type: [ExpertOpinionRef],
      description: 'The expert opinions that make this claim.',
      resolve: (c, _args, ctx) => listOf(ctx.dataset.opinionsOfClaim, c.id),
    }),
    article: t.field({ type: ArticleRef, description: 'The article that carries it.', resolve: (c, _args, ctx) => ctx.dataset.articles.ref(c.articleId) }),
    evidence: t.field({ type: [SourceSpanRef], description: 'The words of the article the claim rests on.', resolve: (c) => c.evidence }),
  }),
});

builder.queryFields((t) => ({
  claims: t.connection({
    nullable: true,
    type: ClaimRef,
    description: 'Every claim, optionally filtered, in the dataset\'s order.',
    args: { filter: t.arg({ type: ClaimFilter, required: false, description: 'Only claims matching this filter.' }) },
    resolve: (_root, args, ctx) => paginate(args, filterClaims(ctx.dataset, args.filter)),
  }, ClaimConnection),
}));
