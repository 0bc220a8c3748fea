/**
 * Full-text search over the dataset: an inverted index, built when the dataset is compiled, Arabic-aware.
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
  /** For a paragraph: every matched word in its Arabic, then its English text, each in reading order. */
  readonly paragraphMatches: readonly TextMatch[];
}

/** A matched word in one language's text of a paragraph (UTF-16 code units, end exclusive). */
interface TextMatch extends TextRange {
  readonly language: 'ar' | 'en';
  readonly excerpt: string;
}

interface Field {
  readonly text: string;
  readonly language: 'ar' | 'en';
  readonly weight: number;
  /** Set when `text` is verbatim article text: its paragraph and offset there. */
  readonly source?: { paragraphId: string; offset: number };
}

interface Doc { readonly subject: Searchable; readonly fields: readonly Field[] }

interface Posting { readonly field: number; readonly start: number; readonly end: number }

/** The weights a field can carry; a posting stores the index of its field's weight. */
const WEIGHTS: readonly number[] = [3, 2.5, 2, 1.5, 1];

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

/**
 * The inverted index as plain data, so that a snapshot can hold it: the word forms in `terms`,
 * sorted; the postings of `terms[i]` are `postings[offsets[i] * STRIDE .. offsets[i + 1] * STRIDE]`,
 * in document order. A posting is four 32-bit numbers: the document, its field and that field's
 * weight and whether the word's own form matched (`field << 4 | weight << 1 | exact`), and where
 * the word stands in the field (start, end). Typed arrays: 10,000 articles make millions of
 * postings, and an object (or a JS array of numbers) each cost seconds of start-up and most of
 * the memory.
 */
export interface SearchIndexData {
  readonly terms: readonly string[];
  readonly offsets: Int32Array;
  readonly postings: Int32Array;
}

const STRIDE = 4;

/** The documents search runs over: numbered 0 to count - 1, each resolved to its record on demand. */
export interface SearchCorpus {
  readonly count: number;
  kind(doc: number): SearchKind;
  subject(doc: number): Searchable;
  paragraphText(id: string): string | undefined;
}

/** What `search` may also be told: which documents to keep (by number), besides the kinds. */
interface SearchOptions {
  readonly kinds?: ReadonlySet<SearchKind>;
  readonly accept?: (doc: number) => boolean;
}

/** The hits of one search, best first; a hit's record and snippet are looked up only when a page is cut. */
interface SearchResults {
  readonly length: number;
  slice(start?: number, end?: number): SearchHit[];
}

export interface SearchIndex {
  /** Every record matching all the query's words, best first. Throws nothing; no hits when none. */
  search(query: string, options?: ReadonlySet<SearchKind> | SearchOptions): SearchResults;
  /** How many searchable words the query has once normalised (0 means nothing to search for). */
  wordCount(query: string): number;
}

const SNIPPET_BEFORE = 40;
const SNIPPET_LENGTH = 140;

/** Indexes every field of every document: the postings of each word form, packed. */
export function indexDocuments(corpus: SearchCorpus): SearchIndexData {
  const lists = new Map<string, number[]>();
  // A corpus repeats its words: fold each distinct word and work out its forms once.
  const normalized = new Map<string, string>();
  const normalize = (word: string) => normalized.get(word) ?? normalized.set(word, normalizeWord(word)).get(word)!;
  const forms = new Map<string, string[]>();
  const formsOf = (word: string) => forms.get(word) ?? forms.set(word, wordForms(word)).get(word)!;
  for (let doc = 0; doc < corpus.count; doc++) {
    fieldsOf(corpus.subject(doc), (id) => corpus.paragraphText(id)).forEach((f, field) => {
      const meta = (field << 4) | (WEIGHTS.indexOf(f.weight) << 1);
      for (const tok of tokenize(f.text, normalize))
        formsOf(tok.word).forEach((form, i) => {
          const list = lists.get(form) ?? lists.set(form, []).get(form)!;
          list.push(doc, meta | (i === 0 ? 1 : 0), tok.start, tok.end);
        });
    });
  }
  const terms = [...lists.keys()].sort();
  const offsets = new Int32Array(terms.length + 1);
  let total = 0;
  terms.forEach((term, i) => {
    offsets[i] = total;
    total += lists.get(term)!.length / STRIDE;
  });
  offsets[terms.length] = total;
  const postings = new Int32Array(total * STRIDE);
  terms.forEach((term, i) => postings.set(lists.get(term)!, offsets[i]! * STRIDE));
  return { terms, offsets, postings };
}

/** Builds the inverted index over `items` (a corpus of its own: for tests and small lists). */
export function buildSearchIndex(items: readonly Searchable[], paragraphText: (id: string) => string | undefined): SearchIndex {
  const corpus: SearchCorpus = { count: items.length, kind: (doc) => items[doc]!.kind, subject: (doc) => items[doc]!, paragraphText };
  return openSearchIndex(indexDocuments(corpus), corpus);
}

const kindOrder = new Map(searchKinds.map((k, i) => [k, i]));

/** The search over an index (built now, or read from a snapshot) and the corpus it was built from. */
export function openSearchIndex(data: SearchIndexData, corpus: SearchCorpus): SearchIndex {
  const termIndex = new Map(data.terms.map((t, i) => [t, i]));
  const scratch = newScratch(corpus.count);
  const queryWords = (query: string) => [...new Set(tokenize(query).map((t) => t.word))];
  const hitOf = (words: readonly string[], doc: number, score: number): SearchHit => {
    const subject = corpus.subject(doc);
    let detail: Pick<SearchHit, 'language' | 'snippet' | 'highlights' | 'matchedSpan'> | undefined;
    const details = () => (detail ??= describe({ subject, fields: fieldsOf(subject, corpus.paragraphText) }, matchesIn(data, termIndex, words, doc)));
    let matches: readonly TextMatch[] | undefined;
    const paragraphMatches = () => (matches ??= subject.kind === 'PARAGRAPH'
      ? everyMatch(fieldsOf(subject, corpus.paragraphText), matchesIn(data, termIndex, words, doc))
      : []);
    return {
      subject, score,
      get language() { return details().language; },
      get snippet() { return details().snippet; },
      get highlights() { return details().highlights; },
      get matchedSpan() { return details().matchedSpan; },
      get paragraphMatches() { return paragraphMatches(); },
    };
  };
  return {
    wordCount: (query) => queryWords(query).length,
    search(query, options) {
      const { kinds, accept } = options instanceof Set ? { kinds: options, accept: undefined } : (options as SearchOptions | undefined) ?? {};
      const keep = kinds || accept
        ? (doc: number) => (!kinds || kinds.has(corpus.kind(doc))) && (!accept || accept(doc))
        : undefined;
      const words = queryWords(query);
      let ranked: ReturnType<typeof rank>;
      try {
        ranked = rank(data, termIndex, scratch, words, keep);
      } catch (error) {
        // A filter that threw left the arrays half-used: clear them all before the next search.
        Object.assign(scratch, newScratch(corpus.count));
        throw error;
      }
      const { docs, scores } = ranked;
      const order = bestFirst(docs, scores, Uint8Array.from(docs, (doc) => kindOrder.get(corpus.kind(doc))!));
      return {
        length: docs.length,
        slice: (start = 0, end = docs.length) => order(Math.max(0, start), Math.min(end, docs.length)).map((i) => hitOf(words, docs[i]!, scores[i]!)),
      };
    },
  };
}

/**
 * The positions in `docs` of the hits from `start` to `end`, best first: score, then kind
 * (`ranks`), then the dataset's order, a total order, so a page is the same cut either way.
 */
function bestFirst(docs: Int32Array, scores: Float64Array, ranks: Uint8Array): (start: number, end: number) => number[] {
  const before = (a: number, b: number) => scores[b]! - scores[a]! || ranks[a]! - ranks[b]! || docs[a]! - docs[b]!;
  let sorted: number[] | undefined;
  return (start, end) => {
    // A first page needs only the best `end`: kept in order while scanning, not a sort of every match.
    if (!sorted && end <= TOP_K && docs.length > 4 * end) return best(docs.length, end, before).slice(start, end);
    sorted ??= [...docs.keys()].sort(before);
    return sorted.slice(start, end);
  };
}

/** The postings of `form` in `doc`, found by halving (a term's postings are in document order). */
function postingsIn(data: SearchIndexData, termIndex: ReadonlyMap<string, number>, form: string, doc: number): { start: number; end: number } {
  const t = termIndex.get(form);
  if (t === undefined) return { start: 0, end: 0 };
  const { offsets, postings } = data;
  let lo = offsets[t]!, hi = offsets[t + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (postings[mid * STRIDE]! < doc) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < offsets[t + 1]! && postings[end * STRIDE] === doc) end++;
  return { start: lo, end };
}

/** The matches of the query's words in one document, as `describe` wants them. */
function matchesIn(data: SearchIndexData, termIndex: ReadonlyMap<string, number>, words: readonly string[], doc: number): Posting[] {
  const out: Posting[] = [];
  for (const word of words)
    for (const form of wordForms(word)) {
      const { start, end } = postingsIn(data, termIndex, form, doc);
      for (let j = start; j < end; j++)
        out.push({ field: data.postings[j * STRIDE + 1]! >>> 4, start: data.postings[j * STRIDE + 2]!, end: data.postings[j * STRIDE + 3]! });
    }
  return out;
}

/** Pages within the first TOP_K hits are cut by selection; deeper ones sort every match once. */
const TOP_K = 500;

/** The `k` best of 0..n-1 under `before`, in order (insertion into a short sorted list). */
function best(n: number, k: number, before: (a: number, b: number) => number): number[] {
  const top: number[] = [];
  for (let i = 0; i < n; i++) {
    if (top.length === k && before(i, top[k - 1]!) >= 0) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && before(i, top[at - 1]!) < 0) at--;
    if (top.length === k) top.pop();
    top.splice(at, 0, i);
  }
  return top;
}

/** Arrays over every document, reused from one search to the next (searches run one at a time). */
interface Scratch {
  total: Float64Array;
  matchedWords: Uint8Array;
  best: Float64Array;
  /** Per document, the last (query, word) stamp that counted it: a word's document frequency counts each document once. */
  seen: Int32Array;
  stamp: number;
}

const newScratch = (count: number): Scratch => ({
  total: new Float64Array(count), matchedWords: new Uint8Array(count), best: new Float64Array(count), seen: new Int32Array(count), stamp: 0,
});

/**
 * The documents that match every word, with their scores: per word, the best of its postings
 * (the field's weight, × 0.7 unless the query word's own form met the document word's own form),
 * times the word's inverse document frequency; summed over the words. Dense arrays over the
 * documents, so a common word costs its postings and no objects.
 */
function rank(
  data: SearchIndexData, termIndex: ReadonlyMap<string, number>, scratch: Scratch, words: readonly string[], keep?: (doc: number) => boolean,
): { docs: Int32Array; scores: Float64Array } {
  if (words.length === 0) return { docs: new Int32Array(0), scores: new Float64Array(0) };
  const { total, matchedWords, best, seen } = scratch;
  const count = total.length;
  let first: number[] = [];
  let touched: number[] = [];
  words.forEach((word, w) => {
    touched = [];
    const stamp = ++scratch.stamp;
    let frequency = 0;
    for (const [i, form] of wordForms(word).entries()) {
      const t = termIndex.get(form);
      if (t === undefined) continue;
      for (let j = data.offsets[t]! * STRIDE, stop = data.offsets[t + 1]! * STRIDE; j < stop; j += STRIDE) {
        const doc = data.postings[j]!;
        if (keep && !keep(doc)) continue;
        if (seen[doc] !== stamp) {
          seen[doc] = stamp;
          frequency++;
        }
        if (matchedWords[doc] !== w) continue;
        const meta = data.postings[j + 1]!;
        const value = WEIGHTS[(meta >>> 1) & 7]! * (i === 0 && (meta & 1) === 1 ? 1 : 0.7);
        if (best[doc] === 0) touched.push(doc);
        if (value > best[doc]!) best[doc] = value;
      }
    }
    const idf = Math.log(1 + count / (1 + frequency));
    for (const doc of touched) {
      total[doc]! += best[doc]! * idf;
      matchedWords[doc] = w + 1;
      best[doc] = 0;
    }
    if (w === 0) first = touched;
  });
  const docs = Int32Array.from(touched.filter((doc) => matchedWords[doc] === words.length));
  const scores = Float64Array.from(docs, (doc) => Math.round(total[doc]! * 1000) / 1000);
  // Every document with a score matched the first word: clearing those readies the arrays for the next search.
  for (const doc of first) {
    total[doc] = 0;
    matchedWords[doc] = 0;
  }
  return { docs, scores };
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

/**
 * Every matched word of a document, field by field (a paragraph's fields are its Arabic text, then
 * its English), in reading order: the postings the index already holds, so nothing is tokenised again.
 */
function everyMatch(fields: readonly Field[], list: readonly Posting[]): TextMatch[] {
  return fields.flatMap((field, index) =>
    dedupe(list.filter((p) => p.field === index)).map((r) => ({
      language: field.language, start: r.start, end: r.end, excerpt: field.text.slice(r.start, r.end),
    })));
}

function dedupe(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((r, i) => i === 0 || r.start !== sorted[i - 1]!.start);
}
