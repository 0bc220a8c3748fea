import { LanguageEnum, TextDirectionEnum } from './enums.js';
import { LocalizedTextRef, TextRangeRef } from './refs.js';

LocalizedTextRef.implement({
  description: 'A text in Arabic (the source language) and in English (Akhbar\'s translation). `text` gives the one the request asked for with `Accept-Language` (default Arabic).',
  fields: (t) => ({
    ar: t.exposeString('ar', { description: 'The Arabic text: the original where the text comes from the article.' }),
    en: t.exposeString('en', { description: 'The English text: a faithful translation written by Akhbar\'s editors.' }),
    text: t.string({
      description: 'The text in the language negotiated from the request\'s `Accept-Language` header (`ar` when absent).',
      resolve: (text, _args, ctx) => text[ctx.language],
    }),
    language: t.field({
      type: LanguageEnum,
      description: 'The language of `text`.',
      resolve: (_text, _args, ctx) => ctx.language,
    }),
    direction: t.field({
      type: TextDirectionEnum,
      description: 'The writing direction of `text`: RTL for Arabic, LTR for English.',
      resolve: (_text, _args, ctx) => (ctx.language === 'ar' ? 'rtl' : 'ltr'),
    }),
  }),
});

TextRangeRef.implement({
  description: 'A range of a text, in UTF-16 code units (JavaScript string indices), end exclusive.',
  fields: (t) => ({
    start: t.exposeInt('start', { description: 'Offset of the first code unit.' }),
    end: t.exposeInt('end', { description: 'Offset just past the last code unit (end exclusive).' }),
  }),
});
