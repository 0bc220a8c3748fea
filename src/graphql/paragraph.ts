import { builder } from './builder.js';
import { annotationsOf } from '../data/queries.js';
import { AnnotationKindEnum, LanguageEnum } from './enums.js';
import { AnnotationRef, ArticleRef, LocalizedTextRef, ParagraphRef, SectionRef } from './refs.js';
import { isRecordOfType, slugOf } from '../data/kinds.js';

builder.node(ParagraphRef, {
  description: 'A paragraph of an article: the Arabic text exactly as published, its English translation, and everything it is evidence for.',
  id: { resolve: (p) => p.id },
  isTypeOf: isRecordOfType('Paragraph'),
  fields: (t) => ({
    slug: t.string({ description: 'A stable, human-readable key.', resolve: (p) => slugOf(p) }),
    position: t.exposeInt('position', { description: 'The 0-based position of the paragraph in its section.' }),
    text: t.expose('text', {
      type: LocalizedTextRef,
      description: 'The text: Arabic as published (all offsets refer to it), English as translated by Akhbar.',
    }),
    section: t.field({ type: SectionRef, description: 'The section it belongs to.', resolve: (p, _args, ctx) => ctx.dataset.sections.ref(p.sectionId) }),
    article: t.field({
      type: ArticleRef,
      description: 'The article it belongs to.',
      resolve: (p, _args, ctx) => ctx.dataset.articles.ref(ctx.dataset.sections.ref(p.sectionId).articleId),
    }),
    annotations: t.field({
      type: [AnnotationRef],
      nullable: true,
      description: 'Every mention, role, event, relation, quote, claim and expert opinion whose evidence overlaps the range [start, end) of the paragraph\'s text in `language`, ordered by offset: what a reader highlights. Without a range, the whole paragraph. In English, each annotation\'s `range` is where its Arabic evidence stands in the translation, and `start`/`end` refer to the translation.',
      args: {
        start: t.arg.int({ required: false, description: 'Start of the range, in UTF-16 code units (default 0).' }),
        end: t.arg.int({ required: false, description: 'End of the range, exclusive, in UTF-16 code units (default: the end of the text).' }),
        kinds: t.arg({ type: [AnnotationKindEnum], required: false, description: 'Only annotations of these kinds.' }),
        language: t.arg({
          type: LanguageEnum, required: false,
          description: 'The text the ranges refer to: AR (the default, whatever the request\'s language: offsets into the published Arabic) or EN (offsets into Akhbar\'s English translation).',
        }),
      },
      resolve: (p, args, ctx) => annotationsOf(ctx.dataset, p, { ...args, language: args.language ?? 'ar' }),
    }),
  }),
});
