import { builder } from './builder.js';
import { EventRelationKindEnum } from './enums.js';
import { AttributionRef, EventRef, EventRelationRef, LocalizedTextRef, SourceSpanRef } from './refs.js';
import { isRecordOfType, slugOf } from '../data/kinds.js';

builder.node(EventRelationRef, {
  description: 'A typed, directed link between two events: read it as "source KIND target" (the talks PRECEDES the deadline).',
  id: { resolve: (r) => r.id },
  isTypeOf: isRecordOfType('EventRelation'),
  fields: (t) => ({
    slug: t.string({ description: 'A stable, human-readable key.', resolve: (r) => slugOf(r) }),
    kind: t.expose('kind', { type: EventRelationKindEnum, description: 'How the source relates to the target.' }),
    source: t.field({ type: EventRef, description: 'The event the relation starts from.', resolve: (r, _args, ctx) => ctx.dataset.events.ref(r.fromEventId) }),
    target: t.field({ type: EventRef, description: 'The event the relation points to.', resolve: (r, _args, ctx) => ctx.dataset.events.ref(r.toEventId) }),
    concerns: t.field({
      type: [EventRef],
      description: 'Other events whose reading depends on this relation (for CONFLICTS_WITH: the event the two accounts disagree about).',
      resolve: (r, _args, ctx) => (r.concernsEventIds ?? []).map((id) => ctx.dataset.events.ref(id)),
    }),
    attribution: t.expose('attribution', { type: AttributionRef, description: 'Whose assertion the link is: the article\'s wording, or Akhbar\'s reading of it.' }),
    note: t.field({
      type: LocalizedTextRef,
      nullable: true,
      description: 'Akhbar\'s note on the relation, such as the interval ("two days before") or why it is a reading of the text.',
      resolve: (r) => r.note ?? null,
    }),
    evidence: t.field({ type: [SourceSpanRef], description: 'The words of the article the relation rests on.', resolve: (r) => r.evidence }),
  }),
});
