import { builder } from './builder.js';
import { ActorRef, LocalizedTextRef, PlaceRef, RoleRef, SourceSpanRef } from './refs.js';
import { isRecordOfType, slugOf } from '../data/kinds.js';

builder.node(RoleRef, {
  description: 'A role or title the article gives an actor ("the Russian president\'s adviser on foreign affairs"), with the organisation or country it is held in.',
  id: { resolve: (r) => r.id },
  isTypeOf: isRecordOfType('Role'),
  fields: (t) => ({
    slug: t.string({ description: 'A stable, human-readable key.', resolve: (r) => slugOf(r) }),
    title: t.expose('title', { type: LocalizedTextRef, description: 'The title as the article gives it, and its translation.' }),
    actor: t.field({ type: ActorRef, description: 'Who holds the role.', resolve: (r, _args, ctx) => ctx.dataset.actors.ref(r.actorId) }),
    organization: t.field({
      type: ActorRef,
      nullable: true,
      description: 'The organisation the role is held in, when the article names one.',
      resolve: (r, _args, ctx) => (r.organizationId ? ctx.dataset.actors.ref(r.organizationId) : null),
    }),
    country: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'The country the role is held for, when the article names or implies one ("the US president").',
      resolve: (r, _args, ctx) => (r.countryId ? ctx.dataset.actors.ref(r.countryId) : null),
    }),
    evidence: t.field({ type: [SourceSpanRef], description: 'The words of the article that give the role.', resolve: (r) => r.evidence }),
  }),
});
