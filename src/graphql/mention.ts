import { builder } from './builder.js';
import { ActorRef, MentionRef, ParagraphRef, SourceSpanRef } from './refs.js';
import { isRecordOfType, slugOf } from '../data/kinds.js';

builder.node(MentionRef, {
  description: 'One place in an article\'s text that names or refers to an actor.',
  id: { resolve: (m) => m.id },
  isTypeOf: isRecordOfType('Mention'),
  fields: (t) => ({
    slug: t.string({ description: 'A stable, human-readable key.', resolve: (m) => slugOf(m) }),
    actor: t.field({ type: ActorRef, description: 'The actor mentioned.', resolve: (m, _args, ctx) => ctx.dataset.actors.ref(m.actorId) }),
    paragraph: t.field({ type: ParagraphRef, description: 'The paragraph the mention is in.', resolve: (m, _args, ctx) => ctx.dataset.paragraphs.ref(m.span.paragraphId) }),
    span: t.field({ type: SourceSpanRef, description: 'The words that mention the actor.', resolve: (m) => m.span }),
    evidence: t.field({ type: [SourceSpanRef], description: 'The same range as `span`, as a list like every other record\'s evidence.', resolve: (m) => [m.span] }),
  }),
});
