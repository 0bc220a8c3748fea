import { ParticipantRoleEnum } from './enums.js';
import { ActorRef, EventParticipantRef, EventRef } from './refs.js';

EventParticipantRef.implement({
  description: 'An actor\'s part in an event: each actor appears once per event, with every role it plays there.',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, description: 'Who takes part.', resolve: (p, _args, ctx) => ctx.dataset.actors.ref(p.actorId) }),
    roles: t.field({ type: [ParticipantRoleEnum], description: 'The parts it plays, at least one (an envoy can be both the one who visits and a negotiator).', resolve: (p) => p.roles }),
    role: t.field({
      type: ParticipantRoleEnum,
      description: 'The first of `roles`.',
      deprecationReason: 'An actor can play several parts in one event: use `roles`.',
      resolve: (p) => p.roles[0]!,
    }),
    event: t.field({ type: EventRef, description: 'The event.', resolve: (p) => p.event }),
  }),
});
