import { AttributionKindEnum } from './enums.js';
import { ActorRef, AttributionRef, LocalizedTextRef } from './refs.js';

AttributionRef.implement({
  description: 'Whose assertion an event, claim or relation is. Compare the article\'s own reporting (ARTICLE) with what it only relays from a named source, an unnamed one, or what Akhbar reads into it.',
  fields: (t) => ({
    kind: t.expose('kind', { type: AttributionKindEnum, description: 'The article\'s voice, a named source, an unnamed source, or Akhbar\'s reading.' }),
    source: t.field({
      type: ActorRef,
      nullable: true,
      description: 'Who asserts it: the named source, or the group standing for an unnamed one ("American reports"). Null for the article\'s own voice, for Akhbar\'s reading, and for an unnamed source the article gives no name at all ("expectations grew").',
      resolve: (a, _args, ctx) => (a.sourceId ? ctx.dataset.actors.ref(a.sourceId) : null),
    }),
    via: t.field({
      type: ActorRef,
      nullable: true,
      description: 'The outlet or agency that relayed the source\'s words to the article, when the article names one (Reuters).',
      resolve: (a, _args, ctx) => (a.viaId ? ctx.dataset.actors.ref(a.viaId) : null),
    }),
    note: t.field({
      type: LocalizedTextRef,
      nullable: true,
      description: 'Why it is attributed so; always present for Akhbar\'s reading.',
      resolve: (a) => a.note ?? null,
    }),
  }),
});
