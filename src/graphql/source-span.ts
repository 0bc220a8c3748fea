import { englishOf } from '../data/queries.js';
import { ParagraphRangeRef, ParagraphRef, SourceSpanRef } from './refs.js';

SourceSpanRef.implement({
  description: 'Evidence: a range of one paragraph\'s Arabic text. Offsets are UTF-16 code units (JavaScript string indices), end exclusive, so `paragraph.text.ar.slice(start, end) === excerpt`.',
  fields: (t) => ({
    paragraph: t.field({
      type: ParagraphRef,
      description: 'The paragraph the range belongs to.',
      resolve: (span, _args, ctx) => ctx.dataset.paragraphs.ref(span.paragraphId),
    }),
    start: t.exposeInt('start', { description: 'Offset of the first UTF-16 code unit in the paragraph\'s Arabic text.' }),
    end: t.exposeInt('end', { description: 'Offset just past the last UTF-16 code unit (end exclusive).' }),
    excerpt: t.exposeString('excerpt', { description: 'The Arabic words at those offsets, verbatim.' }),
    translation: t.field({
      type: ParagraphRangeRef,
      nullable: true,
      description: 'The same words in Akhbar\'s English translation of the paragraph: a range of its `text(language: EN)`, for a gloss beside the Arabic. Null where the translation has no counterpart.',
      resolve: (span, _args, ctx) => englishOf(ctx.dataset, span),
    }),
  }),
});
