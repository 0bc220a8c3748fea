import { describe, expect, it } from 'vitest';
import { negotiateLanguage } from '../src/context.js';
import { app, query } from './helpers/graphql.js';

const TEXTS = `{
  article(slug: "witkoff-putin-talks-moscow") { headline { ar en text language direction } }
  actor(slug: "vladimir-putin") { name { ar en text language direction } }
  event(slug: "witkoff-putin-talks-moscow") { title { ar en text language direction } date { basis { text language direction } } }
}`;

/** Posts `TEXTS` with the given Accept-Language header and returns the response itself. */
function post(acceptLanguage?: string) {
  return app.fetch('http://akhbar.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage }) },
    body: JSON.stringify({ query: TEXTS }),
  });
}

const CASES: [header: string | undefined, language: 'AR' | 'EN'][] = [
  [undefined, 'AR'],
  ['', 'AR'],
  ['ar', 'AR'],
  ['en', 'EN'],
  ['EN', 'EN'],
  ['en-US,en;q=0.9', 'EN'],
  ['en-GB', 'EN'],
  ['fr, en;q=0.5', 'EN'],
  ['fr', 'AR'],
  ['fr-CA, de;q=0.9', 'AR'],
  ['*', 'AR'],
  ['en;q=0', 'AR'],
  ['en;q=0, fr', 'AR'],
  ['ar;q=0.5, en;q=0.8', 'EN'],
  ['ar, en', 'AR'],
  ['en, ar', 'EN'],
  ['en;q=0.5, ar;q=0.5', 'EN'],
  ['ar;q=0, en;q=0.1', 'EN'],
  ['ar;q=0', 'EN'], // the source language refused outright: the other one
  ['en;q=2', 'AR'], // q above 1 is invalid and ignored
  ['ar-EG;q=0.9, en;q=0.3', 'AR'],
];

describe('LocalizedText and Accept-Language', () => {
  it.each(CASES)('Accept-Language %j gives %s text', async (header, language) => {
    const data = await query(TEXTS, header === undefined ? {} : { headers: { 'accept-language': header } });
    const texts = [data.article.headline, data.actor.name, data.event.title];
    for (const t of texts) {
      expect(t.language).toBe(language);
      expect(t.direction).toBe(language === 'AR' ? 'RTL' : 'LTR');
      expect(t.text).toBe(language === 'AR' ? t.ar : t.en);
      expect(t.ar).not.toBe(t.en);
    }
    expect(data.actor.name.text).toBe(language === 'AR' ? 'فلاديمير بوتين' : 'Vladimir Putin');
    expect(data.event.date.basis).toMatchObject({ language, direction: language === 'AR' ? 'RTL' : 'LTR' });
  });

  it('keeps `ar` and `en` the same whatever the request asks for', async () => {
    const [ar, en] = await Promise.all([query(TEXTS), query(TEXTS, { language: 'en' })]);
    expect(en.actor.name.ar).toBe(ar.actor.name.ar);
    expect(en.actor.name.en).toBe(ar.actor.name.en);
    expect(en.actor.name.text).not.toBe(ar.actor.name.text);
  });

  it.each(CASES)('Accept-Language %j: Content-Language says %s and Vary names Accept-Language', async (header, language) => {
    const response = await post(header);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-language')).toBe(language.toLowerCase());
    const vary = (response.headers.get('vary') ?? '').split(',').map((v) => v.trim().toLowerCase());
    expect(vary).toContain('accept-language');
    const body = (await response.json()) as any;
    expect(body.data.actor.name.language).toBe(language);
  });
});

describe('negotiateLanguage', () => {
  it.each(CASES)('negotiates %j to %s', (header, language) => {
    expect(negotiateLanguage(header)).toBe(language.toLowerCase());
  });

  it.each([
    [null, 'ar'],
    ['en;q=abc', 'ar'],
    ['en;q=0.001', 'en'],
    ['  en  ;  q=0.7 , ar ; q=0.6', 'en'],
    ['english', 'ar'],
    ['ar;q=0.2, fr;q=0.9, en;q=0.3', 'en'],
  ] as const)('negotiates %j to %s', (header, language) => {
    expect(negotiateLanguage(header)).toBe(language);
  });
});

describe('the language argument', () => {
  const NAME = '{ actor(slug: "vladimir-putin") { name { en: text(language: EN) ar: text(language: AR) text language direction enDir: direction(language: EN) enLang: language(language: EN) } } }';

  it.each([['ar'], ['en'], [undefined]])('wins over Accept-Language (%s), which stays the default for fields without it', async (header) => {
    const data = await query(NAME, header ? { language: header } : {});
    expect(data.actor.name).toMatchObject({ en: 'Vladimir Putin', ar: 'فلاديمير بوتين', enDir: 'LTR', enLang: 'EN' });
    expect(data.actor.name.language).toBe(header === 'en' ? 'EN' : 'AR');
    expect(data.actor.name.text).toBe(header === 'en' ? 'Vladimir Putin' : 'فلاديمير بوتين');
  });
});
