import { builder } from './builder.js';
import { rangeOf } from '../data/dataset.js';
import { annotationKind } from '../data/queries.js';
import { AnnotationKindEnum } from './enums.js';
import {
  AnnotationRef, ClaimRef, EventRef, EventRelationRef, ExpertOpinionRef, MentionRef, ParagraphRangeRef, QuoteRef, RoleRef, SourceSpanRef,
  typenameOf,
} from './refs.js';

const AnnotationSubject = builder.unionType('AnnotationSubject', {
  description: 'What an annotated range is evidence for.',
  resolveType: (value) => typenameOf(value),
  types: [MentionRef, RoleRef, EventRef, EventRelationRef, QuoteRef, ClaimRef, ExpertOpinionRef],
});

AnnotationRef.implement({
  description: 'A highlighted range of a paragraph and the record it is evidence for.',
  fields: (t) => ({
    span: t.field({ type: SourceSpanRef, description: 'The evidence: the range of the paragraph\'s Arabic text.', resolve: (a) => a.span }),
    range: t.field({
      type: ParagraphRangeRef,
      description: 'What to highlight: the range in the text of the language the annotations were asked in (`Paragraph.annotations(language:)`). In Arabic it is `span`; in English, where `span`\'s words stand in the translation.',
      resolve: (a) => rangeOf(a),
    }),
    kind: t.field({
      type: AnnotationKindEnum,
      description: 'What kind of highlight it is (a mention takes its actor\'s kind: PERSON, PLACE, ...).',
      resolve: (a, _args, ctx) => annotationKind(ctx.dataset, a.target),
    }),
    subject: t.field({ type: AnnotationSubject, description: 'The record the range is evidence for.', resolve: (a) => a.target.record }),
  }),
});
