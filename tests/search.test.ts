import { describe, expect, it } from 'vitest';
import { normalizeWord, tokenize, wordForms } from '../src/data/search.js';
import { query } from './helpers/graphql.js';

const HITS = `totalCount nodes {
  kind score language snippet highlights { start end }
  matchedSpan { start end excerpt paragraph { slug text { ar } } }
  subject { __typename ... on Node { id } ... on Actor { slug } ... on Event { slug } ... on Quote { slug } ... on Claim { slug }
    ... on ExpertOpinion { slug } ... on Paragraph { slug } }
}`;

async function search(q: string, kinds?: string[]) {
  const data = await query(`query($q: String!, $kinds: [SearchHitKind!]) { search(query: $q, kinds: $kinds, first: 100) { ${HITS} } }`, {
    variables: { q, kinds },
  });
  return data.search as { totalCount: number; nodes: any[] };
}
const key = (hit: any) => `${hit.kind}:${hit.subject.slug}`;
/** The search forms of one written word, as the index sees it. */
const formsOf = (word: string) => wordForms(normalizeWord(word));
const highlighted = (hit: any) => hit.highlights.map((h: any) => hit.snippet.slice(h.start, h.end));

describe('search: Arabic normalisation', () => {
  it.each([
    // query, what it must find (kind:slug), the word of the record it matches (as highlighted)
    ['بناء', 'QUOTE:ushakov-practical-constructive', 'وبنّاء'], // shadda ignored, conjunction optional
    ['ترمب', 'ACTOR:donald-trump', 'ترمب'], // an Arabic alias
    ['الكرملين', 'ACTOR:kremlin', 'الكرملين'],
    ['كرملين', 'ACTOR:kremlin', 'الكرملين'], // the article is optional
    ['بوتـــين', 'ACTOR:vladimir-putin', 'بوتين'], // tatweel ignored
    ['بُوتِين', 'ACTOR:vladimir-putin', 'بوتين'], // diacritics ignored
    ['اوكرانيا', 'ACTOR:ukraine', 'أوكرانيا'], // alef with hamza folded
    ['أوكرانيا', 'ACTOR:ukraine', 'أوكرانيا'],
    ['الجزيره', 'ACTOR:al-jazeera-net', 'الجزيرة'], // ta marbuta = ha
    ['علي', 'QUOTE:ushakov-new-path-mutual-benefit', 'على'], // alef maqsura = ya
    ['الي', 'QUOTE:kim-visit-keeps-dialogue-open', 'إلى'], // both at once
    ['موشرات', 'QUOTE:kim-visit-keeps-dialogue-open', 'مؤشرات'], // hamza on waw
    ['الطايرات', 'PARAGRAPH:witkoff-putin-2-0', 'بالطائرات'], // hamza on ya
    ['وبوتين', 'ACTOR:vladimir-putin', 'بوتين'], // a clitic on the query
    ['للجزيرة', 'PARAGRAPH:witkoff-putin-1-1', 'للجزيرة'], // ل + ال written لل
    ['للجزيرة', 'ACTOR:al-jazeera-net', 'الجزيرة'],
    ['بالطائرات', 'EVENT:possible-air-truce', 'بالطائرات'],
    ['PUTIN', 'ACTOR:vladimir-putin', 'Putin'], // English case-folded
    ['putin', 'ACTOR:vladimir-putin', 'Putin'],
    ['zelenskyy', 'ACTOR:volodymyr-zelensky', 'Zelenskyy'], // an English alias
  ])('%s finds %s, matching %s', async (q, expected, word) => {
    const result = await search(q);
    const hit = result.nodes.find((h) => key(h) === expected);
    expect(hit, `${q} → ${result.nodes.map(key).join(', ')}`).toBeDefined();
    expect(highlighted(hit)).toContain(word);
  });

  it.each([
    ['بوتين', 'بوتـــين', 'بُوتِين'],
    ['اوكرانيا', 'أوكرانيا', 'إوكرانيا'],
    ['الجزيرة', 'الجزيره'],
    ['putin', 'PUTIN', 'Putin'],
    ['علي', 'على'],
  ])('gives the same hits, scores included, for the spellings %s / %s', async (...spellings) => {
    const [first, ...rest] = await Promise.all(spellings.map((q) => search(q)));
    expect(first!.totalCount).toBeGreaterThan(0);
    for (const r of rest) expect(r.nodes.map((h) => [key(h), h.score])).toEqual(first!.nodes.map((h) => [key(h), h.score]));
  });

  it('finds the same records with and without the article, scoring the exact form higher', async () => {
    const [withArticle, without] = await Promise.all([search('الكرملين'), search('كرملين')]);
    expect(new Set(without.nodes.map(key))).toEqual(new Set(withArticle.nodes.map(key)));
    const score = (r: typeof without) => r.nodes.find((h) => key(h) === 'ACTOR:kremlin').score;
    expect(score(withArticle)).toBeGreaterThan(score(without));
  });

  it('finds Trump as an ACTOR hit whose subject is Trump, for his alias ترمب', async () => {
    const result = await search('ترمب');
    expect(result.nodes[0]).toMatchObject({ kind: 'ACTOR', language: 'AR', subject: { __typename: 'Person', slug: 'donald-trump' }, matchedSpan: null });
  });
});

describe('search: results', () => {
  it.each(['بوتين', 'ويتكوف', 'موسكو', 'Witkoff', 'الأزمة', 'ترامب بوتين'])('ranks the hits of %s best first', async (q) => {
    const result = await search(q);
    expect(result.nodes.length).toBeGreaterThan(1);
    const scores = result.nodes.map((h) => h.score);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThanOrEqual(scores[i - 1]);
    expect(result.totalCount).toBe(result.nodes.length);
  });

  it.each(['بناء', 'ويتكوف', 'الكرملين', 'putin', 'للجزيرة', 'فاشلة', 'شرقا'])(
    'highlights, in the snippet of each hit for %s, a word that matches the query',
    async (q) => {
      const result = await search(q);
      expect(result.nodes.length).toBeGreaterThan(0);
      const wanted = formsOf(q);
      for (const hit of result.nodes) {
        expect(hit.highlights.length, key(hit)).toBeGreaterThan(0);
        for (const h of hit.highlights) {
          expect(h.start).toBeGreaterThanOrEqual(0);
          expect(h.end).toBeLessThanOrEqual(hit.snippet.length);
          const word = hit.snippet.slice(h.start, h.end);
          expect(formsOf(word).some((f) => wanted.includes(f)), `${key(hit)}: "${word}"`).toBe(true);
        }
      }
    },
  );

  it.each(['بناء', 'موسكو', 'الكرملين', 'فاشلة', 'وبوتين', 'الأطلسي'])(
    'gives each PARAGRAPH and QUOTE hit for %s a matchedSpan whose excerpt is the paragraph text at its offsets',
    async (q) => {
      const result = await search(q);
      const inText = result.nodes.filter((h) => (h.kind === 'PARAGRAPH' || h.kind === 'QUOTE') && h.language === 'AR');
      expect(inText.length).toBeGreaterThan(0);
      for (const hit of inText) {
        const span = hit.matchedSpan;
        expect(span, key(hit)).not.toBeNull();
        expect(span.paragraph.text.ar.slice(span.start, span.end)).toBe(span.excerpt);
        expect(highlighted(hit)).toContain(span.excerpt);
        if (hit.kind === 'PARAGRAPH') expect(span.paragraph.slug).toBe(hit.subject.slug);
      }
      for (const hit of result.nodes.filter((h) => h.kind !== 'PARAGRAPH' && h.kind !== 'QUOTE')) expect(hit.matchedSpan).toBeNull();
    },
  );

  it('has no matchedSpan for an English match', async () => {
    const result = await search('Putin', ['PARAGRAPH']);
    expect(result.nodes.length).toBeGreaterThan(0);
    for (const hit of result.nodes) expect(hit).toMatchObject({ language: 'EN', matchedSpan: null });
  });

  it('shows some context before a match deep in a paragraph, cut at a word boundary', async () => {
    const result = await search('شرقا', ['PARAGRAPH']);
    const hit = result.nodes[0];
    expect(hit.subject.slug).toBe('witkoff-putin-2-3');
    expect(hit.snippet.startsWith('…')).toBe(true);
    const [h] = hit.highlights;
    expect(h.start).toBeGreaterThan(20);
    const context = hit.snippet.slice(1, h.start);
    const text: string = hit.matchedSpan.paragraph.text.ar;
    expect(text.slice(hit.matchedSpan.start - context.length, hit.matchedSpan.start)).toBe(context);
    expect(text[hit.matchedSpan.start - context.length - 1]).toBe(' ');
  });

  it('returns snippets that are windows of the matched text', async () => {
    const result = await search('موسكو', ['PARAGRAPH']);
    for (const hit of result.nodes) {
      const text: string = hit.matchedSpan.paragraph.text.ar;
      expect(text).toContain(hit.snippet.replace(/^…/, '').replace(/…$/, ''));
      expect(hit.snippet.length).toBeLessThanOrEqual(160);
    }
  });

  it.each([
    [['ACTOR']],
    [['QUOTE', 'CLAIM']],
    [['PARAGRAPH']],
    [['EVENT', 'EXPERT_OPINION']],
  ])('keeps only the kinds %j', async (kinds) => {
    const [all, some] = await Promise.all([search('ويتكوف'), search('ويتكوف', kinds)]);
    expect(some.totalCount).toBeGreaterThan(0);
    for (const hit of some.nodes) expect(kinds).toContain(hit.kind);
    expect(some.nodes.map(key)).toEqual(all.nodes.filter((h) => kinds.includes(h.kind)).map(key));
  });

  it('gives the subject of each kind of hit its GraphQL type', async () => {
    const result = await search('ويتكوف');
    const types: Record<string, string[]> = {
      ACTOR: ['Person', 'Organization', 'Place', 'Group'], EVENT: ['Event'], QUOTE: ['Quote'], CLAIM: ['Claim'],
      EXPERT_OPINION: ['ExpertOpinion'], PARAGRAPH: ['Paragraph'],
    };
    expect(new Set(result.nodes.map((h) => h.kind))).toEqual(new Set(Object.keys(types)));
    for (const hit of result.nodes) expect(types[hit.kind]).toContain(hit.subject.__typename);
  });

  it('returns nothing, not an error, for a query that matches nothing', async () => {
    const result = await search('xyzzy');
    expect(result).toEqual({ totalCount: 0, nodes: [] });
  });

  it('requires every word of a multi-word query', async () => {
    const [both, witkoff, moscow, none] = await Promise.all([search('ويتكوف موسكو'), search('ويتكوف'), search('موسكو'), search('بوتين الهند')]);
    const inMoscow = new Set(moscow.nodes.map(key));
    const expected = witkoff.nodes.map(key).filter((k) => inMoscow.has(k));
    expect(both.totalCount).toBeGreaterThan(0);
    expect(both.totalCount).toBeLessThan(Math.min(witkoff.totalCount, moscow.totalCount));
    expect(new Set(both.nodes.map(key))).toEqual(new Set(expected));
    expect(none.totalCount).toBe(0);
  });
});

const ARTICLE = 'witkoff-putin-talks-moscow';

interface Match { language: 'AR' | 'EN'; start: number; end: number; excerpt: string }
interface ParagraphHit { subject: { slug: string; text: { ar: string; en: string } }; paragraphMatches: Match[] }

/** Every matched word in the article's paragraphs, as the explorer's search box asks for them. */
async function paragraphMatches(q: string): Promise<ParagraphHit[]> {
  const data = await query(`query($q: String!) { search(query: $q, kinds: [PARAGRAPH], articles: ["${ARTICLE}"], first: 100) { nodes {
    subject { ... on Paragraph { slug text { ar en } } } paragraphMatches { language start end excerpt }
  } } }`, { variables: { q } });
  return data.search.nodes;
}
const textOf = (hit: ParagraphHit, m: Match) => (m.language === 'AR' ? hit.subject.text.ar : hit.subject.text.en);
const excerpts = (hits: ParagraphHit[], language: Match['language']) =>
  hits.flatMap((h) => h.paragraphMatches.filter((m) => m.language === language).map((m) => m.excerpt));
/** The words of a text that match `q` through the shared normaliser: what an independent count finds. */
const occurrences = (text: string, q: string) => {
  const wanted = formsOf(q);
  return tokenize(text).filter((t) => wordForms(t.word).some((f) => wanted.includes(f))).length;
};

describe('search: paragraphMatches', () => {
  it.each(['بوتين', 'وبوتين', 'بُوتِين', 'بناء', 'الكرملين', 'كرملين', 'موسكو', 'Putin', 'PUTIN', 'witkoff', 'Kremlin'])(
    'gives, for %s, ranges whose text is the excerpt and, normalised, the query word',
    async (q) => {
      const hits = await paragraphMatches(q);
      expect(hits.length).toBeGreaterThan(0);
      const wanted = formsOf(q);
      for (const hit of hits) {
        expect(hit.paragraphMatches.length, hit.subject.slug).toBeGreaterThan(0);
        for (const m of hit.paragraphMatches) {
          expect(textOf(hit, m).slice(m.start, m.end)).toBe(m.excerpt);
          expect(formsOf(m.excerpt).some((f) => wanted.includes(f)), `${hit.subject.slug}: "${m.excerpt}"`).toBe(true);
        }
      }
    },
  );

  it.each([
    ['بوتين', false], ['ترامب', true], ['الرئيس', true], ['Trump', true],
  ])('finds every occurrence of %s in every paragraph, in the text of its language (twice in one: %s)', async (q, twice) => {
    const hits = await paragraphMatches(q);
    const language = /[a-z]/i.test(q) ? 'EN' : 'AR';
    const sections: { paragraphs: ParagraphHit['subject'][] }[] =
      (await query(`{ article(slug: "${ARTICLE}") { sections { paragraphs { slug text { ar en } } } } }`)).article.sections;
    const counts = sections.flatMap((s) => s.paragraphs)
      .map((p) => [p.slug, occurrences(language === 'AR' ? p.text.ar : p.text.en, q)] as const).filter(([, n]) => n > 0);
    expect(counts.some(([, n]) => n > 1), 'a paragraph with the word twice').toBe(twice);
    const found = hits.map((h) => [h.subject.slug, h.paragraphMatches.filter((m) => m.language === language).length] as const);
    expect(new Map(found)).toEqual(new Map(counts));
    expect(hits.flatMap((h) => h.paragraphMatches).every((m) => m.language === language)).toBe(true);
  });

  it('finds «بوتين» written with a prefix: «وبوتين»', async () => {
    expect(excerpts(await paragraphMatches('بوتين'), 'AR')).toContain('وبوتين');
  });

  it.each([
    ['بناء', 'وبنّاء'], // shadda ignored, conjunction optional
    ['بَنّاء', 'وبنّاء'], // diacritics in the query too
    ['كرملين', 'الكرملين'], // the article optional
    ['الطائرات', 'بالطائرات'], // a preposition on the text's word
  ])('matches %s to the written word %s in the Arabic text', async (q, written) => {
    expect(excerpts(await paragraphMatches(q), 'AR')).toContain(written);
  });

  it('case-folds English and places the ranges in the English text', async () => {
    const [upper, lower] = await Promise.all([paragraphMatches('PUTIN'), paragraphMatches('putin')]);
    expect(excerpts(upper, 'EN').length).toBeGreaterThan(0);
    expect(new Set(excerpts(upper, 'EN'))).toEqual(new Set(['Putin']));
    expect(excerpts(upper, 'AR')).toEqual([]);
    expect(upper).toEqual(lower);
  });

  it('gives both languages when the query matches both, Arabic first, each in reading order', async () => {
    const hits = await paragraphMatches('Putin بوتين');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const languages = hit.paragraphMatches.map((m) => m.language);
      expect(languages).toEqual([...languages].sort());
      expect(new Set(languages)).toEqual(new Set(['AR', 'EN']));
      for (const language of ['AR', 'EN']) {
        const starts = hit.paragraphMatches.filter((m) => m.language === language).map((m) => m.start);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
        expect(new Set(starts).size).toBe(starts.length);
      }
    }
  });

  it('is empty for hits that are not paragraphs', async () => {
    const data = await query('{ search(query: "بوتين", first: 100) { nodes { kind paragraphMatches { start } } } }');
    const others = data.search.nodes.filter((h: any) => h.kind !== 'PARAGRAPH');
    expect(others.length).toBeGreaterThan(0);
    for (const hit of others) expect(hit.paragraphMatches).toEqual([]);
  });
});

describe('normalizeWord and wordForms', () => {
  it.each([
    ['بنّاء', 'بنا'],
    ['بناء', 'بنا'],
    ['بُوتِين', 'بوتين'],
    ['بوتـــين', 'بوتين'],
    ['أإآٱا', 'ااااا'],
    ['الجزيرة', 'الجزيره'],
    ['على', 'علي'],
    ['مؤشرات', 'موشرات'],
    ['الطائرات', 'الطايرات'],
    ['PUTIN', 'putin'],
    ['Zelenskyy', 'zelenskyy'],
    ['Café', 'cafe'],
  ])('normalizes %s to %s', (word, expected) => {
    expect(normalizeWord(word)).toBe(expected);
  });

  it.each([
    ['والكرملين', ['والكرملين', 'الكرملين', 'كرملين']],
    ['للجزيره', ['للجزيره', 'جزيره']],
    ['بالطايرات', ['بالطايرات', 'الطايرات', 'طايرات']],
    ['وبوتين', ['وبوتين', 'بوتين']],
  ])('gives %s the forms %j (itself first)', (word, forms) => {
    const result = wordForms(word);
    expect(result[0]).toBe(word);
    for (const f of forms) expect(result).toContain(f);
  });

  it.each([['putin'], ['الي'], ['ولد'], ['بان']])('leaves %s alone (English, or too short to strip)', (word) => {
    expect(wordForms(word)).toEqual([word]);
  });
});
