import { builder } from './builder.js';
import { listOf } from '../data/dataset.js';
import { badUserInput } from '../errors.js';
import { AnnotationKindEnum } from './enums.js';
import { annotationKind } from './annotation.js';
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
      description: 'Every mention, role, event, relation, quote, claim and expert opinion whose evidence overlaps the range [start, end) of the Arabic text, ordered by offset: what a reader highlights. Without a range, the whole paragraph.',
      args: {
        start: t.arg.int({ required: false, description: 'Start of the range, in UTF-16 code units (default 0).' }),
        end: t.arg.int({ required: false, description: 'End of the range, exclusive, in UTF-16 code units (default: the end of the text).' }),
        kinds: t.arg({ type: [AnnotationKindEnum], required: false, description: 'Only annotations of these kinds.' }),
      },
      resolve: (p, args, ctx) => {
        const length = p.text.ar.length;
        const start = args.start ?? 0;
        const end = args.end ?? length;
        if (start < 0 || start > length) throw badUserInput('start', `\`start\` must be between 0 and ${length} (the paragraph's length in UTF-16 code units); got ${start}.`);
        if (end < start || end > length) throw badUserInput('end', `\`end\` must be between \`start\` (${start}) and ${length}; got ${end}.`);
        const kinds = args.kinds ? new Set(args.kinds) : undefined;
        // Overlap of [a, b) with [start, end); an empty range selects the spans that contain it.
        return listOf(ctx.dataset.annotationsOfParagraph, p.id).filter(({ span, target }) =>
          (start === end ? span.start <= start && start < span.end : span.start < end && start < span.end)
          && (!kinds || kinds.has(annotationKind(ctx.dataset, target))));
      },
    }),
  }),
});
