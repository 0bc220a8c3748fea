import { ParticipantRoleEnum } from './enums.js';
import { ActorRef, EventParticipantRef, EventRef } from './refs.js';

EventParticipantRef.implement({
  description: 'An actor\'s part in an event.',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, description: 'Who takes part.', resolve: (p, _args, ctx) => ctx.dataset.actors.ref(p.participant.actorId) }),
    role: t.field({ type: ParticipantRoleEnum, description: 'The part it plays.', resolve: (p) => p.participant.role }),
    event: t.field({ type: EventRef, description: 'The event.', resolve: (p) => p.event }),
  }),
});
