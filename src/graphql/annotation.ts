import { builder } from './builder.js';
import type { Annotated, Dataset } from '../data/dataset.js';
import { AnnotationKindEnum } from './enums.js';
import {
  AnnotationRef, ClaimRef, EventRef, EventRelationRef, ExpertOpinionRef, MentionRef, QuoteRef, RoleRef, SourceSpanRef,
  typenameOf,
} from './refs.js';

/** The highlight kind of an annotation; a mention takes its actor's kind. */
export function annotationKind(dataset: Dataset, target: Annotated) {
  switch (target.type) {
    case 'Mention': return dataset.actors.ref(target.record.actorId).kind;
    case 'Role': return 'ROLE' as const;
    case 'Event': return 'EVENT' as const;
    case 'EventRelation': return 'EVENT_RELATION' as const;
    case 'Quote': return 'QUOTE' as const;
    case 'Claim': return 'CLAIM' as const;
    case 'ExpertOpinion': return 'EXPERT_OPINION' as const;
  }
}

const AnnotationSubject = builder.unionType('AnnotationSubject', {
  description: 'What an annotated range is evidence for.',
  resolveType: (value) => typenameOf(value),
  types: [MentionRef, RoleRef, EventRef, EventRelationRef, QuoteRef, ClaimRef, ExpertOpinionRef],
});

AnnotationRef.implement({
  description: 'A highlighted range of a paragraph and the record it is evidence for.',
  fields: (t) => ({
    span: t.field({ type: SourceSpanRef, description: 'The range of the paragraph\'s Arabic text.', resolve: (a) => a.span }),
    kind: t.field({
      type: AnnotationKindEnum,
      description: 'What kind of highlight it is (a mention takes its actor\'s kind: PERSON, PLACE, ...).',
      resolve: (a, _args, ctx) => annotationKind(ctx.dataset, a.target),
    }),
    subject: t.field({ type: AnnotationSubject, description: 'The record the range is evidence for.', resolve: (a) => a.target.record }),
  }),
});
