/**
 * Full-text search over the dataset: an inverted index built once at start-up, Arabic-aware.
 *
 * Arabic normalisation (what the index and the query both go through):
 * - diacritics (tashkeel, shadda, sukun, dagger alef) and tatweel are removed: "بنّاء" = "بناء";
 * - alef forms أ إ آ ٱ fold to ا; ta marbuta ة to ه; alef maqsura ى to ي; hamza seats ؤ ئ to و ي,
 *   a bare hamza ء is dropped;
 * - the conjunctions و ف, the prepositions ب ل ك and the article ال are stripped as alternative
 *   forms ("والكرملين" also indexes as "كرملين"), so a query matches with or without them. An exact
 *   match scores higher than a match through a stripped form.
 * English is case-folded with accents removed. No library does Arabic normalisation of this kind
 * for JavaScript with a maintained release, so it is written here.
 */
import type {
  ActorRecord, ClaimRecord, EventRecord, ExpertOpinionRecord, LocalizedRecord, ParagraphRecord, QuoteRecord, Span,
} from './records.js';

export const searchKinds = ['ACTOR', 'EVENT', 'QUOTE', 'CLAIM', 'EXPERT_OPINION', 'PARAGRAPH'] as const;
type SearchKind = (typeof searchKinds)[number];

export type Searchable =
  | { kind: 'ACTOR'; record: ActorRecord }
  | { kind: 'EVENT'; record: EventRecord }
  | { kind: 'QUOTE'; record: QuoteRecord }
  | { kind: 'CLAIM'; record: ClaimRecord }
  | { kind: 'EXPERT_OPINION'; record: ExpertOpinionRecord }
  | { kind: 'PARAGRAPH'; record: ParagraphRecord };

/** A range of UTF-16 code units, end exclusive. */
export interface TextRange { readonly start: number; readonly end: number }

export interface SearchHit {
  readonly subject: Searchable;
  readonly score: number;
  readonly language: 'ar' | 'en';
  /** A window of the best-matching field's text, with the matched words' ranges in it. */
  readonly snippet: string;
  readonly highlights: readonly TextRange[];
  /** Where the first match stands in the article, when the field is the article's own text. */
  readonly matchedSpan?: Span;
}

interface Field {
  readonly text: string;
  readonly language: 'ar' | 'en';
  readonly weight: number;
  /** Set when `text` is verbatim article text: its paragraph and offset there. */
  readonly source?: { paragraphId: string; offset: number };
}

interface Doc { readonly subject: Searchable; readonly fields: readonly Field[] }

interface Posting { readonly doc: number; readonly field: number; readonly start: number; readonly end: number; readonly exact: boolean }

const diacritics = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** Folds one Arabic or English word to its search form. */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(diacritics, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ء/g, '')
    .toLowerCase();
}

const arabicLetter = /[\u0621-\u064A]/;

/** The search forms of a normalised word: itself first, then with clitics stripped. */
export function wordForms(word: string): string[] {
  const forms = [word];
  if (!arabicLetter.test(word)) return forms;
  const add = (w: string) => {
    if (w.length >= 2 && !forms.includes(w)) forms.push(w);
  };
  const stripArticle = (w: string) => {
    if (w.startsWith('ال') && w.length >= 4) add(w.slice(2));
  };
  const stages = [word];
  if (/^[وف]/.test(word) && word.length >= 4) stages.push(word.slice(1));
  for (const w of [...stages]) {
    if (w.startsWith('لل') && w.length >= 4) add(w.slice(2)); // ل + ال, written لل
    if (/^[بلك]/.test(w) && w.length >= 4) stages.push(w.slice(1));
  }
  for (const w of stages) {
    add(w);
    stripArticle(w);
  }
  return forms;
}

/**
 * The words of a text with their positions in it (UTF-16 code units, end exclusive), each folded
 * by `normalize` (normalizeWord, or a memoised one while indexing).
 */
export function tokenize(text: string, normalize: (word: string) => string = normalizeWord): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}\u0640]+/gu)) {
    const word = normalize(m[0]);
    if (word) out.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const both = (t: LocalizedRecord, weight: number): Field[] => [
  { text: t.ar, language: 'ar', weight },
  { text: t.en, language: 'en', weight },
];

/** The fields of each kind of record that search looks at, with their weights. */
function fieldsOf(s: Searchable, paragraphText: (id: string) => string | undefined): Field[] {
  switch (s.kind) {
    case 'ACTOR':
      return [
        ...both(s.record.name, 3),
        ...s.record.aliases.flatMap((a) => [
          ...(a.ar ? [{ text: a.ar, language: 'ar' as const, weight: 2.5 }] : []),
          ...(a.en ? [{ text: a.en, language: 'en' as const, weight: 2.5 }] : []),
        ]),
        ...both(s.record.description, 1),
      ];
    case 'EVENT':
      return [...both(s.record.title, 2), ...both(s.record.summary, 1)];
    case 'QUOTE': {
      const span = s.record.evidence[0]!;
      const at = paragraphText(span.paragraphId)?.indexOf(s.record.text.ar, Math.max(0, span.start - s.record.text.ar.length));
      return [
        { text: s.record.text.ar, language: 'ar', weight: 2, ...(at !== undefined && at >= 0 ? { source: { paragraphId: span.paragraphId, offset: at } } : {}) },
        { text: s.record.text.en, language: 'en', weight: 2 },
      ];
    }
    case 'CLAIM':
      return both(s.record.statement, 1.5);
    case 'EXPERT_OPINION':
      return [...both(s.record.subject, 1.5), ...both(s.record.credential, 1), ...both(s.record.stanceJustification, 1)];
    case 'PARAGRAPH':
      return [
        { text: s.record.text.ar, language: 'ar', weight: 1, source: { paragraphId: s.record.id, offset: 0 } },
        { text: s.record.text.en, language: 'en', weight: 1 },
      ];
  }
}

export interface SearchIndex {
  /** Every record matching all the query's words, best first. Throws nothing; an empty list when none. */
  search(query: string, kinds?: ReadonlySet<SearchKind>): SearchHit[];
  /** How many searchable words the query has once normalised (0 means nothing to search for). */
  wordCount(query: string): number;
}

const SNIPPET_BEFORE = 40;
const SNIPPET_LENGTH = 140;

/** Builds the inverted index over `items`. */
export function buildSearchIndex(items: readonly Searchable[], paragraphText: (id: string) => string | undefined): SearchIndex {
  const docs: Doc[] = items.map((subject) => ({ subject, fields: fieldsOf(subject, paragraphText) }));
  // Postings packed five numbers each (doc, field, start, end, exact: 0 or 1) in one array per
  // word form: 10,000 articles make millions of postings, and an object each cost seconds of
  // start-up and of garbage collection.
  const STRIDE = 5;
  const postings = new Map<string, number[]>();
  // A corpus repeats its words: fold each distinct word and work out its forms once.
  const normalized = new Map<string, string>();
  const normalize = (word: string) => normalized.get(word) ?? normalized.set(word, normalizeWord(word)).get(word)!;
  const forms = new Map<string, string[]>();
  const formsOf = (word: string) => forms.get(word) ?? forms.set(word, wordForms(word)).get(word)!;
  docs.forEach((d, doc) =>
    d.fields.forEach((f, field) => {
      for (const tok of tokenize(f.text, normalize))
        formsOf(tok.word).forEach((form, i) => {
          const list = postings.get(form) ?? postings.set(form, []).get(form)!;
          list.push(doc, field, tok.start, tok.end, i === 0 ? 1 : 0);
        });
    }),
  );
  normalized.clear();
  forms.clear();
  const docCount = docs.length;

  const queryWords = (query: string) => [...new Set(tokenize(query).map((t) => t.word))];

  return {
    wordCount: (query) => queryWords(query).length,
    search(query, kinds) {
      const words = queryWords(query);
      if (words.length === 0) return [];
      // For each query word: the postings of any of its forms, per document.
      let matched: Map<number, Posting[]> | undefined;
      const scores = new Map<number, number>();
      for (const word of words) {
        const forms = wordForms(word);
        const perDoc = new Map<number, Posting[]>();
        for (const [i, form] of forms.entries())
          for (let j = 0, packed = postings.get(form) ?? []; j < packed.length; j += STRIDE) {
            const doc = packed[j]!;
            if (kinds && !kinds.has(docs[doc]!.subject.kind)) continue;
            // An exact match is the query word's own form meeting a document word's own form.
            const p: Posting = { doc, field: packed[j + 1]!, start: packed[j + 2]!, end: packed[j + 3]!, exact: i === 0 && packed[j + 4] === 1 };
            const list = perDoc.get(doc) ?? perDoc.set(doc, []).get(doc)!;
            list.push(p);
          }
        const idf = Math.log(1 + docCount / (1 + perDoc.size));
        const next = new Map<number, Posting[]>();
        for (const [doc, list] of perDoc) {
          if (matched && !matched.has(doc)) continue;
          const best = Math.max(...list.map((p) => docs[doc]!.fields[p.field]!.weight * (p.exact ? 1 : 0.7)));
          scores.set(doc, (scores.get(doc) ?? 0) + best * idf);
          next.set(doc, [...(matched?.get(doc) ?? []), ...list]);
        }
        matched = next;
      }
      // Ranking needs only the scores; a hit's snippet, highlights and span are worked out when a
      // resolver first reads them, so a query costs its matches' postings, not a snippet per match.
      const hits: SearchHit[] = [];
      for (const [doc, list] of matched ?? []) {
        const d = docs[doc]!;
        let detail: Pick<SearchHit, 'language' | 'snippet' | 'highlights' | 'matchedSpan'> | undefined;
        const details = () => (detail ??= describe(d, list));
        hits.push({
          subject: d.subject,
          score: Math.round(scores.get(doc)! * 1000) / 1000,
          get language() { return details().language; },
          get snippet() { return details().snippet; },
          get highlights() { return details().highlights; },
          get matchedSpan() { return details().matchedSpan; },
        });
      }
      const order = new Map(searchKinds.map((k, i) => [k, i]));
      return hits.sort((a, b) => b.score - a.score || order.get(a.subject.kind)! - order.get(b.subject.kind)!);
    },
  };
}

/** The snippet of a hit: from the field that carries the most weight of its matches. */
function describe(d: Doc, list: readonly Posting[]): Pick<SearchHit, 'language' | 'snippet' | 'highlights' | 'matchedSpan'> {
  const byField = new Map<number, Posting[]>();
  for (const p of list) (byField.get(p.field) ?? byField.set(p.field, []).get(p.field)!).push(p);
  const [fieldIndex, inField] = [...byField].sort(([a, pa], [b, pb]) =>
    d.fields[b]!.weight * pb.length - d.fields[a]!.weight * pa.length || a - b)[0]!;
  const field = d.fields[fieldIndex]!;
  const ranges = dedupe(inField.map((p) => ({ start: p.start, end: p.end })));
  const from = Math.max(0, ranges[0]!.start - SNIPPET_BEFORE);
  const to = Math.min(field.text.length, from + SNIPPET_LENGTH);
  // Start the window at the first word that begins at or after `from` (never past the match),
  // so that up to SNIPPET_BEFORE characters of context precede the first matched word.
  const space = from > 0 ? field.text.indexOf(' ', from - 1) : -1;
  const snippetStart = from === 0 ? 0 : space >= 0 && space < ranges[0]!.start ? space + 1 : ranges[0]!.start;
  const snippetEnd = to < field.text.length ? Math.max(field.text.lastIndexOf(' ', to), ranges[0]!.end) : to;
  const prefix = snippetStart > 0 ? '…' : '';
  const snippet = prefix + field.text.slice(snippetStart, snippetEnd) + (snippetEnd < field.text.length ? '…' : '');
  const highlights = ranges
    .filter((r) => r.start >= snippetStart && r.end <= snippetEnd)
    .map((r) => ({ start: r.start - snippetStart + prefix.length, end: r.end - snippetStart + prefix.length }));
  const first = ranges[0]!;
  return {
    language: field.language,
    snippet,
    highlights,
    matchedSpan: field.source ? {
      paragraphId: field.source.paragraphId,
      start: field.source.offset + first.start,
      end: field.source.offset + first.end,
      excerpt: field.text.slice(first.start, first.end),
    } : undefined,
  };
}

function dedupe(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((r, i) => i === 0 || r.start !== sorted[i - 1]!.start);
}
