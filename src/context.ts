import type { Dataset } from './data/dataset.js';

/** The languages a client can ask for with `Accept-Language`; `ar` is the source language. */
const languages = ['ar', 'en'] as const;
export type Language = (typeof languages)[number];

/** What every resolver sees: the dataset and the language negotiated for this request. */
export interface Context {
  readonly dataset: Dataset;
  readonly language: Language;
}

/**
 * Picks the response language from an `Accept-Language` header (RFC 9110 §12.5.4): the supported
 * language with the highest quality, ties going to the one listed first; `ar` when the header is
 * absent or names nothing we have.
 */
export function negotiateLanguage(header: string | null | undefined): Language {
  if (!header) return 'ar';
  let best: Language | undefined;
  let bestQ = 0;
  const refused = new Set<Language>();
  for (const part of header.split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    const lang = languages.find((l) => l === range.trim().split('-')[0]);
    if (!lang || !Number.isFinite(q) || q < 0 || q > 1) continue;
    if (q === 0) refused.add(lang);
    else if (q > bestQ) {
      best = lang;
      bestQ = q;
    }
  }
  // Nothing acceptable named: the source language, unless the client refused it outright.
  return best ?? (refused.has('ar') ? 'en' : 'ar');
}
