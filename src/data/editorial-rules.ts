/**
 * Editorial rules: checks on what the records say about the article, beyond their shape and
 * references (validate.ts). Each guards against a mistake a review found (docs/EDITORIAL.md):
 * an assertion with no one to answer for it, a quote that swallows the journalist's framing, a
 * cause read into "after", a headline surer than its article.
 */
import type { Problem } from './problems.js';
import type { ArticleRecord, AttributionRecord, Span, Tables } from './records.js';
import { normalizeWord, tokenize, wordForms } from './search.js';

/** A set of Arabic words as their search forms, so that "مؤكدا" and "مؤكداً" are one. */
const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map(normalizeWord));

/**
 * Verbs (and their participles) that introduce reported speech. In a quote's span, outside the
 * quotation marks, they are the journalist's framing, not the speaker's words.
 */
export const reportingVerbs = words(`
  قال يقول تقول قائلا أكد يؤكد تؤكد مؤكدا مؤكدة أشار يشير تشير مشيرا مشيرة أضاف يضيف تضيف مضيفا
  اعتبر يعتبر تعتبر معتبرا معتبرة يرى ترى وصف يصف تصف واصفا أوضح يوضح موضحا تابع يتابع خلص يخلص
  صرح يصرح مصرحا نقل نقلت ينقل حذر حذرت يحذر محذرا لافتا زعم يزعم زاعما`);

/** Words that state a cause. «عقب» and «بعد» (after) and «بهدف» (in order to) are not among them. */
export const causalWords = words(`
  بسبب سبب نتيجة أدى أدت يؤدي تؤدي تسبب تسببت يتسبب لأن لأنه لأنها جراء بفضل أسفر أسفرت أفضى أفضت
  يفضي تفضي دفع دفعت`);

/** Words that hedge: a headline that drops one claims more certainty than its article. */
export const hedgeWords = words('احتمال احتمالات محتمل محتملة ربما قد مرجح يرجح إمكانية ممكن يمكن توقعات متوقع');
const englishHedge = /\b(?:possib\w*|may|might|could|likely|perhaps|expect\w*|potential\w*)\b/i;

/** The words of `text` (Arabic) that belong to `set`, in any of their clitic forms. */
function wordsIn(text: string, set: ReadonlySet<string>): { word: string; start: number; end: number }[] {
  return tokenize(text).flatMap((t) => {
    const hit = wordForms(t.word).find((f) => set.has(f));
    return hit === undefined ? [] : [{ word: hit, start: t.start, end: t.end }];
  });
}

/** The ranges of a paragraph between quotation marks ("…" or «…»), marks included. */
function quotedRanges(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/"[^"]*"|«[^»]*»/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const contains = (outer: Span, inner: Span) =>
  outer.paragraphId === inner.paragraphId && outer.start <= inner.start && inner.end <= outer.end;

/** A quote's span may not hold a reporting verb outside quotation marks («معتبرا أن …»). */
export function checkQuoteFraming(t: Tables, paragraphText: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = [];
  t.quotes.forEach((q, i) => q.evidence.forEach((span, j) => {
    const text = paragraphText.get(span.paragraphId);
    if (text === undefined) return;
    const quoted = quotedRanges(text);
    for (const w of wordsIn(span.excerpt, reportingVerbs)) {
      const at = span.start + w.start;
      if (quoted.some((r) => r.start < at && at < r.end)) continue;
      problems.push({
        file: 'quotes.json', id: q.id, path: `[${i}].evidence[${j}]`,
        message: `the quote's span holds the reporting word «${span.excerpt.slice(w.start, w.end)}», the journalist's framing: end the span before it, or split the quote there`,
      });
    }
  }));
  return problems;
}

/** CAUSE_OF needs causal wording in its evidence; «عقب» (after) only orders events. */
function checkCausalWording(t: Tables): Problem[] {
  const problems: Problem[] = [];
  t.eventRelations.forEach((r, i) => {
    if (r.kind !== 'CAUSE_OF') return;
    if (r.evidence.some((s) => wordsIn(s.excerpt, causalWords).length > 0)) return;
    problems.push({
      file: 'eventRelations.json', id: r.id, path: `[${i}].kind`,
      message: 'CAUSE_OF needs causal wording in its evidence (بسبب، أدى إلى، نتيجة …); for "after" use PRECEDES, for a purpose AIMS_AT',
    });
  });
  return problems;
}

/** An editorial headline cites what it summarises and keeps every hedge found there, in both languages. */
function checkHeadlineHedges(t: Tables): Problem[] {
  const problems: Problem[] = [];
  t.articles.forEach((a: ArticleRecord, i) => {
    if (!a.isHeadlineEditorial) return;
    const at = (path: string, message: string) => problems.push({ file: 'articles.json', id: a.id, path: `[${i}].${path}`, message });
    if (!a.headlineEvidence?.length) return at('headlineEvidence', 'an editorial headline must cite the spans it summarises (`headlineEvidence`)');
    const inHeadline = new Set(wordsIn(a.headline.ar, hedgeWords).map((w) => w.word));
    for (const span of a.headlineEvidence)
      for (const w of wordsIn(span.excerpt, hedgeWords))
        if (!inHeadline.has(w.word))
          at('headline.ar', `the editorial headline drops the hedge «${span.excerpt.slice(w.start, w.end)}» of its evidence in ${span.paragraphId}: keep it, or the headline is surer than the article`);
    if (inHeadline.size > 0 && !englishHedge.test(a.headline.en))
      at('headline.en', 'the Arabic headline hedges but the English one does not (possible, may, expected, …): keep the hedge in both');
  });
  return problems;
}

/** Where an attribution is checked: its file, record id and path. */
interface Attributed { file: string; id: string; path: string; attribution: AttributionRecord }

function attributedRecords(t: Tables): Attributed[] {
  return [
    ...t.events.map((r, i) => ({ file: 'events.json', id: r.id, path: `[${i}].attribution`, attribution: r.attribution })),
    ...t.eventRelations.map((r, i) => ({ file: 'eventRelations.json', id: r.id, path: `[${i}].attribution`, attribution: r.attribution })),
    ...t.claims.map((r, i) => ({ file: 'claims.json', id: r.id, path: `[${i}].attribution`, attribution: r.attribution })),
  ];
}

/** A named source is not a group; an unnamed one, when the dataset stands it for a record, is. */
function checkAttributionSources(t: Tables): Problem[] {
  const kinds = new Map(t.actors.map((a) => [a.id, a.kind]));
  const problems: Problem[] = [];
  for (const r of attributedRecords(t)) {
    const kind = r.attribution.sourceId === undefined ? undefined : kinds.get(r.attribution.sourceId);
    if (kind === undefined) continue; // no source, or an unknown reference (reported elsewhere)
    if (r.attribution.kind === 'NAMED_SOURCE' && kind === 'GROUP')
      problems.push({ ...r, path: `${r.path}.kind`, message: `${r.attribution.sourceId} is a group the article does not name: use UNNAMED_SOURCE` });
    if (r.attribution.kind === 'UNNAMED_SOURCE' && kind !== 'GROUP')
      problems.push({ ...r, path: `${r.path}.kind`, message: `${r.attribution.sourceId} is named (${kind}): use NAMED_SOURCE` });
  }
  return problems;
}

/** A claim is its claimant's: a source's claim names the claimant, the article's voice is its publisher's. */
function checkClaimAttribution(t: Tables): Problem[] {
  const publisher = new Map(t.articles.map((a) => [a.id, a.publisherId]));
  const problems: Problem[] = [];
  t.claims.forEach((c, i) => {
    const at = `[${i}].attribution`;
    const { kind, sourceId } = c.attribution;
    if (kind === 'AKHBAR_READING')
      problems.push({ file: 'claims.json', id: c.id, path: `${at}.kind`, message: 'a claim is its claimant\'s assertion, never Akhbar\'s reading' });
    else if (kind === 'ARTICLE' && c.claimantId !== publisher.get(c.articleId))
      problems.push({ file: 'claims.json', id: c.id, path: `${at}.kind`, message: `an ARTICLE claim's claimant must be the article's publisher (${publisher.get(c.articleId)}), not ${c.claimantId}` });
    else if (kind !== 'ARTICLE' && sourceId !== undefined && sourceId !== c.claimantId)
      problems.push({ file: 'claims.json', id: c.id, path: `${at}.sourceId`, message: `the claim's source must be its claimant ${c.claimantId}` });
  });
  return problems;
}

/**
 * An event the article's voice reports as OCCURRED, whose every span lies inside the quotes of one
 * speaker, rests on that speaker's word alone: it must be attributed to them.
 */
function checkOccurredOnOneSource(t: Tables): Problem[] {
  const quotesIn = new Map<string, { span: Span; speakerId: string }[]>();
  for (const q of t.quotes)
    for (const span of q.evidence) {
      const list = quotesIn.get(span.paragraphId) ?? [];
      list.push({ span, speakerId: q.speakerId });
      quotesIn.set(span.paragraphId, list);
    }
  const speakersOf = (s: Span) => new Set((quotesIn.get(s.paragraphId) ?? []).filter((q) => contains(q.span, s)).map((q) => q.speakerId));
  const problems: Problem[] = [];
  t.events.forEach((e, i) => {
    if (e.status !== 'OCCURRED' || e.attribution.kind !== 'ARTICLE') return;
    const [first, ...rest] = e.evidence.map(speakersOf);
    const common = [...(first ?? [])].filter((speaker) => rest.every((set) => set.has(speaker)));
    if (common.length === 0) return;
    problems.push({
      file: 'events.json', id: e.id, path: `[${i}].attribution`,
      message: `an OCCURRED event whose only evidence is ${common[0]}'s words must be attributed to that source, not to the article's voice`,
    });
  });
  return problems;
}

/** A contradiction is explained: CONFLICTS_WITH says in its note what the two accounts are. */
function checkConflicts(t: Tables): Problem[] {
  const problems: Problem[] = [];
  t.eventRelations.forEach((r, i) => {
    if (r.kind === 'CONFLICTS_WITH' && r.note === undefined)
      problems.push({ file: 'eventRelations.json', id: r.id, path: `[${i}].note`, message: 'a CONFLICTS_WITH relation must say in `note` what the two accounts are and that neither is taken as fact' });
  });
  return problems;
}

/** Every editorial rule, in one list of problems. */
export function checkEditorialRules(t: Tables, paragraphText: ReadonlyMap<string, string>): Problem[] {
  return [
    ...checkAttributionSources(t), ...checkClaimAttribution(t), ...checkOccurredOnOneSource(t), ...checkConflicts(t),
    ...checkQuoteFraming(t, paragraphText), ...checkCausalWording(t), ...checkHeadlineHedges(t),
  ];
}
