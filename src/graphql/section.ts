import { builder } from './builder.js';
import { listOf } from '../data/dataset.js';
import { ArticleRef, LocalizedTextRef, ParagraphRef, SectionRef } from './refs.js';
import { isRecordOfType, slugOf } from '../data/kinds.js';

builder.node(SectionRef, {
  description: 'A section of an article: the lead (no heading), or a headed section as published.',
  id: { resolve: (s) => s.id },
  isTypeOf: isRecordOfType('Section'),
  fields: (t) => ({
    slug: t.string({ description: 'A stable, human-readable key.', resolve: (s) => slugOf(s) }),
    position: t.exposeInt('position', { description: 'The 0-based position of the section in its article.' }),
    heading: t.field({
      type: LocalizedTextRef,
      nullable: true,
      description: 'The heading as published; null for the lead, which has none.',
      resolve: (s) => s.heading,
    }),
    article: t.field({ type: ArticleRef, description: 'The article.', resolve: (s, _args, ctx) => ctx.dataset.articles.ref(s.articleId) }),
    paragraphs: t.field({
      type: [ParagraphRef],
      description: 'The section\'s paragraphs in reading order.',
      resolve: (s, _args, ctx) => listOf(ctx.dataset.paragraphsOfSection, s.id),
    }),
  }),
});
