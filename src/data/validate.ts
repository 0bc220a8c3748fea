/**
 * Whole-dataset rules that a per-record schema cannot see: unique ids and slugs, references that
 * resolve to the right table, span excerpts that match their paragraph, dates that exist, and
 * paragraphs that match the committed source text. Every rule reports every violation it finds.
 */
import { checkEditorialRules } from './editorial-rules.js';
import { kindOfId } from './kinds.js';
import type { Problem } from './problems.js';
import { spanKey, type PartialDateRecord, type RecordTableName as TableName, type Span, type Tables } from './records.js';


type AnyRecord = { id: string; slug?: string };

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

const sortedBy = <T extends { position: number }>(items: T[] | undefined): T[] =>
  [...(items ?? [])].sort((a, b) => a.position - b.position);

/** A value found while walking a record: its JSON path and the value itself. */
interface Found { path: string; value: unknown }

/** Every value in `record` whose key ends in `Id`/`Ids`, with its path, for reference checks. */
function referencesIn(value: unknown, path: string, out: Found[] = []): Found[] {
  if (Array.isArray(value)) value.forEach((v, i) => referencesIn(v, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const p = path ? `${path}.${k}` : k;
      if (k.endsWith('Id') && typeof v === 'string') out.push({ path: p, value: v });
      else if (k.endsWith('Ids') && Array.isArray(v)) v.forEach((x, i) => out.push({ path: `${p}[${i}]`, value: x }));
      else referencesIn(v, p, out);
    }
  }
  return out;
}

/** Every source span in `record`, with its path. */
function spansIn(value: unknown, path: string, out: { path: string; span: Span }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => spansIn(v, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null) {
    if ('paragraphId' in value && 'excerpt' in value) out.push({ path, span: value as Span });
    else for (const [k, v] of Object.entries(value)) spansIn(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

/** The first and last calendar day a partial date covers, or a message saying what is wrong. */
export function dateRange(date: PartialDateRecord): { first: string; last: string } | string {
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
  const v = date.value;
  switch (date.precision) {
    case 'DAY': {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      if (!m) return `"${v}" is not YYYY-MM-DD (precision DAY)`;
      const d = day(+m[1]!, +m[2]!, +m[3]!);
      if (iso(d) !== v) return `"${v}" is not a calendar date`;
      return { first: v, last: v };
    }
    case 'WEEK': {
      const m = /^(\d{4})-W(\d{2})$/.exec(v);
      if (!m) return `"${v}" is not YYYY-Www (precision WEEK)`;
      const year = +m[1]!, week = +m[2]!;
      // ISO week 1 is the week with the year's first Thursday; its Monday is on or before 4 January.
      const jan4 = day(year, 1, 4);
      const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
      const first = new Date(monday.getTime() + (week - 1) * 7 * 86_400_000);
      const last = new Date(first.getTime() + 6 * 86_400_000);
      const thursday = new Date(first.getTime() + 3 * 86_400_000);
      if (week < 1 || thursday.getUTCFullYear() !== year) return `"${v}": ${year} has no ISO week ${week}`;
      return { first: iso(first), last: iso(last) };
    }
    case 'MONTH': {
      const m = /^(\d{4})-(\d{2})$/.exec(v);
      if (!m || +m[2]! < 1 || +m[2]! > 12) return `"${v}" is not YYYY-MM (precision MONTH)`;
      return { first: `${v}-01`, last: iso(day(+m[1]!, +m[2]! + 1, 0)) };
    }
    case 'YEAR':
      if (!/^\d{4}$/.test(v)) return `"${v}" is not YYYY (precision YEAR)`;
      return { first: `${v}-01-01`, last: `${v}-12-31` };
  }
}

/** The article text as published: one line per heading or paragraph, no blank lines, no stamp. */
export function sourceLines(text: string): string[] {
  return text.replace(/^\s*date \d{4}-\d{2}-\d{2}\s+/, '').split('\n').map((l) => l.trim()).filter(Boolean);
}

/** What every rule reads: the tables, the committed sources, and indexes built once. */
interface RuleContext {
  readonly t: Tables;
  readonly sources: ReadonlyMap<string, string>;
  /** Ids of records their schema refused (already reported): references to them are not reported again. */
  readonly unparsed: ReadonlySet<string>;
  /** Every id, with the table it first appears in. */
  readonly ids: ReadonlyMap<string, TableName>;
  readonly paragraphText: ReadonlyMap<string, string>;
}

/** One whole-dataset rule: every violation it finds. */
type Rule = (c: RuleContext) => Problem[];

const file = (table: TableName) => `${table}.json`;
const tableNames = (t: Tables) => (Object.keys(t) as (keyof Tables)[]).filter((n): n is TableName => n !== 'alignments');

/** Every record of every table, with its table and index. */
function* everyRecord(t: Tables): Generator<{ table: TableName; r: AnyRecord; i: number }> {
  for (const table of tableNames(t)) for (const [i, r] of (t[table] as AnyRecord[]).entries()) yield { table, r, i };
}

/** Unique ids across the dataset, unique slugs per table. */
const uniqueIdsAndSlugs: Rule = ({ t }) => {
  const problems: Problem[] = [];
  const ids = new Map<string, TableName>();
  for (const table of tableNames(t)) {
    const slugs = new Map<string, string>();
    (t[table] as AnyRecord[]).forEach((r, i) => {
      const other = ids.get(r.id);
      if (other !== undefined) problems.push({ file: file(table), id: r.id, path: `[${i}].id`, message: `duplicate id (also in ${file(other)})` });
      else ids.set(r.id, table);
      const first = r.slug === undefined ? undefined : slugs.get(r.slug);
      if (first !== undefined) problems.push({ file: file(table), id: r.id, path: `[${i}].slug`, message: `duplicate slug "${r.slug}" (also ${first})` });
      else if (r.slug !== undefined) slugs.set(r.slug, r.id);
    });
  }
  return problems;
};

/** References resolve, and into the table their prefix names (kinds.ts). */
const referencesResolve: Rule = ({ t, ids, unparsed }) => {
  const problems: Problem[] = [];
  for (const { table, r, i } of everyRecord(t))
    for (const ref of referencesIn(r, '')) {
      if (typeof ref.value !== 'string' || unparsed.has(ref.value)) continue;
      const expected = kindOfId(ref.value)?.table;
      if (!ids.has(ref.value) || ids.get(ref.value) !== expected)
        problems.push({ file: file(table), id: r.id, path: `[${i}].${ref.path}`, message: `unknown reference "${ref.value}" (no such id in ${expected ? file(expected) : 'any table'})` });
    }
  return problems;
};

/** What is wrong with a range of `text` (a span's, or an alignment's English side), or undefined. */
function rangeProblem(range: { start: number; end: number; excerpt: string }, text: string): { field?: 'excerpt'; message: string } | undefined {
  if (range.end <= range.start) return { message: `span end ${range.end} must be greater than start ${range.start}` };
  if (range.end > text.length) return { message: `span end ${range.end} is past the paragraph's end (${text.length} UTF-16 code units)` };
  const found = text.slice(range.start, range.end);
  if (found !== range.excerpt) return { field: 'excerpt', message: `excerpt does not match the paragraph at ${range.start}-${range.end}: the text there is "${found}"` };
  return undefined;
}

/** Every span's excerpt is the paragraph's text at its offsets. */
const spansMatch: Rule = ({ t, paragraphText }) => {
  const problems: Problem[] = [];
  for (const { table, r, i } of everyRecord(t))
    for (const { path, span } of spansIn(r, '')) {
      const text = paragraphText.get(span.paragraphId);
      if (text === undefined) continue; // reported as an unknown reference
      const wrong = rangeProblem(span, text);
      if (wrong) problems.push({ file: file(table), id: r.id, path: `[${i}].${path}${wrong.field ? `.${wrong.field}` : ''}`, message: wrong.message });
    }
  return problems;
};

/**
 * Alignments: both sides match their paragraph's text (Arabic `span`, English `en`), and every
 * range a record cites has exactly one alignment, and no alignment is for a range nobody cites.
 */
const alignmentsMatch: Rule = ({ t, paragraphText }) => {
  const problems: Problem[] = [];
  const at = (i: number, path: string, message: string) => problems.push({ file: 'alignments.json', path: `[${i}]${path}`, message });
  const english = new Map(t.paragraphs.map((p) => [p.id, p.text.en]));
  const aligned = new Map<string, number>();
  t.alignments.forEach((a, i) => {
    const key = spanKey(a.span);
    if (aligned.has(key)) return at(i, '.span', `a second alignment for ${key} (the first is [${aligned.get(key)}])`);
    aligned.set(key, i);
    const arabic = paragraphText.get(a.span.paragraphId);
    const text = english.get(a.span.paragraphId);
    if (arabic === undefined || text === undefined) return at(i, '.span.paragraphId', `unknown paragraph "${a.span.paragraphId}"`);
    const wrongAr = rangeProblem(a.span, arabic);
    if (wrongAr) at(i, `.span${wrongAr.field ? `.${wrongAr.field}` : ''}`, wrongAr.message);
    const wrongEn = a.en && (rangeProblem(a.en, text) ?? (a.en.excerpt.trim() !== a.en.excerpt ? { field: 'excerpt', message: 'the English range starts or ends with white space' } : undefined));
    if (wrongEn) at(i, `.en${wrongEn.field ? `.${wrongEn.field}` : ''}`, `${wrongEn.message} (of the English translation)`);
  });
  const cited = new Set<string>();
  for (const { table, r, i } of everyRecord(t))
    for (const { path, span } of spansIn(r, '')) {
      const key = spanKey(span);
      cited.add(key);
      if (!aligned.has(key) && paragraphText.has(span.paragraphId))
        problems.push({ file: file(table), id: r.id, path: `[${i}].${path}`, message: `no alignment for ${key} ("${span.excerpt}"): add one to alignments.json (\`npm run data:align\` proposes it)` });
    }
  for (const [key, i] of aligned) if (!cited.has(key)) at(i, '.span', `no record cites ${key}: remove this alignment or fix its offsets`);
  return problems;
};

/** References the schema types narrowly (Article.publisher: Organization, ...) name that kind of actor. */
const narrowActorKinds: Rule = ({ t }) => {
  const problems: Problem[] = [];
  const kindOf = new Map(t.actors.map((x) => [x.id, x.kind]));
  const want = (table: TableName, id: string, path: string, ref: string | undefined, kind: string) => {
    const found = ref === undefined ? undefined : kindOf.get(ref);
    if (found !== undefined && found !== kind) problems.push({ file: file(table), id, path, message: `${ref} is a ${found}; expected a ${kind}` });
  };
  t.articles.forEach((x, i) => {
    want('articles', x.id, `[${i}].publisherId`, x.publisherId, 'ORGANIZATION');
    want('articles', x.id, `[${i}].datelinePlaceId`, x.datelinePlaceId, 'PLACE');
  });
  t.roles.forEach((x, i) => want('roles', x.id, `[${i}].countryId`, x.countryId, 'PLACE'));
  return problems;
};

/** Dates exist and inferred dates say why. */
const datesExist: Rule = ({ t }) => t.events.flatMap((e, i) => {
  if (!e.date) return [];
  const problems: Problem[] = [];
  const range = dateRange(e.date);
  if (typeof range === 'string') problems.push({ file: 'events.json', id: e.id, path: `[${i}].date.value`, message: range });
  if (e.date.isInferred && !e.date.basis) problems.push({ file: 'events.json', id: e.id, path: `[${i}].date.basis`, message: 'an inferred date must give its basis' });
  return problems;
});

/** Participants are listed once per role; no event is related to itself. */
const participantsAndRelations: Rule = ({ t }) => {
  const problems: Problem[] = [];
  t.events.forEach((e, i) => {
    const seen = new Set<string>();
    e.participants.forEach((p, j) => {
      const key = `${p.actorId}/${p.role}`;
      if (seen.has(key)) problems.push({ file: 'events.json', id: e.id, path: `[${i}].participants[${j}]`, message: `duplicate participant ${key}` });
      seen.add(key);
    });
  });
  t.eventRelations.forEach((r, i) => {
    if (r.fromEventId === r.toEventId) problems.push({ file: 'eventRelations.json', id: r.id, path: `[${i}].toEventId`, message: 'an event cannot be related to itself' });
  });
  return problems;
};

/** A quote's Arabic text is verbatim in the paragraph its first span cites. */
const quotesVerbatim: Rule = ({ t, paragraphText }) => t.quotes.flatMap((q, i) => {
  const text = paragraphText.get(q.evidence[0]!.paragraphId);
  return text !== undefined && !text.includes(q.text.ar)
    ? [{ file: 'quotes.json', id: q.id, path: `[${i}].text.ar`, message: `quote text does not occur verbatim in ${q.evidence[0]!.paragraphId}` }]
    : [];
});

/** Positions are unique within their section or article. */
const uniquePositions: Rule = ({ t }) => {
  const duplicates = <T extends { id: string; position: number }>(items: T[], fileName: string, parentOf: (x: T) => string) => {
    const seen = new Set<string>();
    return items.flatMap((x, i) => {
      const key = `${parentOf(x)}#${x.position}`;
      const duplicate = seen.has(key);
      seen.add(key);
      return duplicate ? [{ file: fileName, id: x.id, path: `[${i}].position`, message: `duplicate position ${x.position} in ${parentOf(x)}` }] : [];
    });
  };
  return [...duplicates(t.sections, 'sections.json', (s) => s.articleId), ...duplicates(t.paragraphs, 'paragraphs.json', (p) => p.sectionId)];
};

/** The article's text (headings that are not editorial, paragraphs) matches its committed source, line by line. */
const textMatchesSource: Rule = ({ t, sources }) => {
  const problems: Problem[] = [];
  const sectionsOf = groupBy(t.sections, (s) => s.articleId);
  const paragraphsOf = groupBy(t.paragraphs, (p) => p.sectionId);
  for (const a of t.articles) {
    const source = sources.get(a.slug);
    if (source === undefined) {
      problems.push({ file: 'articles.json', id: a.id, path: 'slug', message: `no source text: expected sources/${a.slug}.txt` });
      continue;
    }
    const published = sortedBy(sectionsOf.get(a.id)).flatMap((s) => [
      ...(s.heading && !s.headingIsEditorial ? [s.heading.ar] : []),
      ...sortedBy(paragraphsOf.get(s.id)).map((p) => p.text.ar),
    ]);
    const lines = sourceLines(source);
    const k = Array.from({ length: Math.max(lines.length, published.length) }, (_, n) => n).find((n) => lines[n] !== published[n]);
    if (k !== undefined)
      problems.push({
        file: `sources/${a.slug}.txt`, id: a.id, path: `line ${k + 1}`,
        message: `the dataset's text differs from the source here: expected "${(lines[k] ?? '(end of text)').slice(0, 60)}", dataset has "${(published[k] ?? '(nothing)').slice(0, 60)}"`,
      });
  }
  return problems;
};

/** Every paragraph is evidence for something. */
const everyParagraphCited: Rule = ({ t }) => {
  const cited = new Set<string>();
  for (const { r } of everyRecord(t)) for (const { span } of spansIn(r, '')) cited.add(span.paragraphId);
  return t.paragraphs.flatMap((p, i) => (cited.has(p.id) ? [] : [{ file: 'paragraphs.json', id: p.id, path: `[${i}]`, message: 'no source span cites this paragraph' }]));
};

/** The whole-dataset rules, in the order their problems are reported. */
const rules: readonly Rule[] = [
  uniqueIdsAndSlugs, referencesResolve, spansMatch, alignmentsMatch, narrowActorKinds, datesExist, participantsAndRelations,
  quotesVerbatim, uniquePositions, textMatchesSource, everyParagraphCited,
  ({ t, paragraphText }) => checkEditorialRules(t, paragraphText),
];

/**
 * Checks the rules that span records and tables. `sources` maps an article slug to the text of
 * `data/sources/<slug>.txt`, when present; `unparsed` holds the ids of records their schema refused
 * (already reported), so that references to them are not reported again.
 */
export function validateDataset(t: Tables, sources: ReadonlyMap<string, string>, unparsed: ReadonlySet<string> = new Set()): Problem[] {
  const ids = new Map<string, TableName>();
  for (const { table, r } of everyRecord(t)) if (!ids.has(r.id)) ids.set(r.id, table);
  const context: RuleContext = { t, sources, unparsed, ids, paragraphText: new Map(t.paragraphs.map((p) => [p.id, p.text.ar])) };
  return rules.flatMap((rule) => rule(context));
}
