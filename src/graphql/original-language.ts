import { SpokenLanguageEnum } from './enums.js';
import { LocalizedTextRef, OriginalLanguageRef } from './refs.js';

OriginalLanguageRef.implement({
  description: 'The language a quote was first said or written in, as far as the article states or implies it. When it is not Arabic, the article\'s Arabic is already a translation.',
  fields: (t) => ({
    language: t.expose('language', { type: SpokenLanguageEnum, description: 'The language, or UNKNOWN when the article neither says nor implies it.' }),
    isInferred: t.exposeBoolean('isInferred', { description: 'True when the article does not state the language and Akhbar inferred it; `basis` says how.' }),
    basis: t.expose('basis', { type: LocalizedTextRef, description: 'How the language is known, or why it is not.' }),
  }),
});
