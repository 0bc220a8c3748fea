import type { Language } from '../context.js';
import { LanguageEnum, TextDirectionEnum } from './enums.js';
import { LocalizedTextRef, ParagraphRangeRef, TextRangeRef } from './refs.js';

/**
 * The language argument of the fields that depend on it. Without it they follow
 * `Accept-Language`, which normalised client caches (Apollo, urql, Relay) do not key on; with it
 * the language is part of the field's cache key, so a cache never answers one for the other.
 */
const LANGUAGE_ARG_DESCRIPTION = 'The language wanted. When absent, the one negotiated from the request\'s `Accept-Language` header (`AR` by default). Pass it when a client cache keeps answers: caches key on arguments, not on headers.';

LocalizedTextRef.implement({
  description: 'A text in Arabic (the source language) and in English (Akhbar\'s translation). `text` gives the one asked for with its `language` argument, or else with `Accept-Language` (default Arabic).',
  fields: (t) => {
    const languageArg = () => ({ language: t.arg({ type: LanguageEnum, required: false, description: LANGUAGE_ARG_DESCRIPTION }) });
    const pick = (args: { language?: Language | null }, ctx: { language: Language }): Language => args.language ?? ctx.language;
    return {
      ar: t.exposeString('ar', { description: 'The Arabic text: the original where the text comes from the article.' }),
      en: t.exposeString('en', { description: 'The English text: a faithful translation written by Akhbar\'s editors.' }),
      text: t.string({
        description: 'The text in the language given, or else in the one negotiated from the request\'s `Accept-Language` header (`ar` when absent).',
        args: languageArg(),
        resolve: (text, args, ctx) => text[pick(args, ctx)],
      }),
      language: t.field({
        type: LanguageEnum,
        description: 'The language of `text` (pass the same `language` argument as to `text`).',
        args: languageArg(),
        resolve: (_text, args, ctx) => pick(args, ctx),
      }),
      direction: t.field({
        type: TextDirectionEnum,
        description: 'The writing direction of `text`: RTL for Arabic, LTR for English (pass the same `language` argument as to `text`).',
        args: languageArg(),
        resolve: (_text, args, ctx) => (pick(args, ctx) === 'ar' ? 'rtl' : 'ltr'),
      }),
    };
  },
});

TextRangeRef.implement({
  description: 'A range of a text, in UTF-16 code units (JavaScript string indices), end exclusive.',
  fields: (t) => ({
    start: t.exposeInt('start', { description: 'Offset of the first code unit.' }),
    end: t.exposeInt('end', { description: 'Offset just past the last code unit (end exclusive).' }),
  }),
});

ParagraphRangeRef.implement({
  description: 'A range of a paragraph\'s text in one language, in UTF-16 code units (JavaScript string indices), end exclusive: `paragraph.text.text(language: language).slice(start, end) === excerpt`.',
  fields: (t) => ({
    language: t.field({ type: LanguageEnum, description: 'Which text of the paragraph the offsets refer to.', resolve: (r) => r.language }),
    start: t.exposeInt('start', { description: 'Offset of the first code unit.' }),
    end: t.exposeInt('end', { description: 'Offset just past the last code unit (end exclusive).' }),
    excerpt: t.exposeString('excerpt', { description: 'The words at those offsets, verbatim.' }),
    note: t.string({
      nullable: true,
      description: 'Why an English range holds more than the Arabic words it stands for (the translation moved a word into it); null when it holds just those.',
      resolve: (r) => r.note ?? null,
    }),
  }),
});
