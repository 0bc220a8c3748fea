/**
 * Whole-dataset rules that a per-record schema cannot see: unique ids and slugs, references that
 * resolve to the right table, span excerpts that match their paragraph, dates that exist, and
 * paragraphs that match the committed source text. Every rule reports every violation it finds.
 */
import { checkEditorialRules } from './editorial-rules.js';
import type { Problem } from './problems.js';
import type { PartialDateRecord, Span, TableName, Tables } from './records.js';

/** Which table each id prefix belongs to; a reference must point into the table it names. */
const prefixTable: Record<string, TableName> = {
  art: 'articles', sec: 'sections', par: 'paragraphs', act: 'actors', rol: 'roles', men: 'mentions',
  evt: 'events', rel: 'eventRelations', quo: 'quotes', clm: 'claims', opn: 'expertOpinions',
};

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

/**
 * Checks the rules that span records and tables. `sources` maps an article slug to the text of
 * `data/sources/<slug>.txt`, when present; `unparsed` holds the ids of records their schema refused
 * (already reported), so that references to them are not reported again.
 */
export function validateDataset(
  t: Tables,
  sources: ReadonlyMap<string, string>,
  unparsed: ReadonlySet<string> = new Set(),
): Problem[] {
  const problems: Problem[] = [];
  const file = (table: TableName) => `${table}.json`;
  const ids = new Map<string, TableName>();

  // Unique ids across the dataset, unique slugs per table.
  for (const table of Object.keys(t) as TableName[]) {
    const slugs = new Map<string, string>();
    (t[table] as AnyRecord[]).forEach((r, i) => {
      const other = ids.get(r.id);
      if (other !== undefined)
        problems.push({ file: file(table), id: r.id, path: `[${i}].id`, message: `duplicate id (also in ${file(other)})` });
      else ids.set(r.id, table);
      if (r.slug !== undefined) {
        const first = slugs.get(r.slug);
        if (first !== undefined)
          problems.push({ file: file(table), id: r.id, path: `[${i}].slug`, message: `duplicate slug "${r.slug}" (also ${first})` });
        else slugs.set(r.slug, r.id);
      }
    });
  }

  const paragraphText = new Map(t.paragraphs.map((p) => [p.id, p.text.ar]));
  for (const table of Object.keys(t) as TableName[]) {
    (t[table] as AnyRecord[]).forEach((r, i) => {
      // References resolve, and into the table their prefix names.
      for (const ref of referencesIn(r, '')) {
        if (typeof ref.value !== 'string' || unparsed.has(ref.value)) continue;
        const expected = prefixTable[ref.value.split('_')[0] ?? ''];
        if (!ids.has(ref.value) || ids.get(ref.value) !== expected)
          problems.push({
            file: file(table), id: r.id, path: `[${i}].${ref.path}`,
            message: `unknown reference "${ref.value}" (no such id in ${expected ? file(expected) : 'any table'})`,
          });
      }
      // Every span's excerpt is the paragraph's text at its offsets.
      for (const { path, span } of spansIn(r, '')) {
        const text = paragraphText.get(span.paragraphId);
        if (text === undefined) continue; // reported as an unknown reference above
        const at = `[${i}].${path}`;
        if (span.end <= span.start)
          problems.push({ file: file(table), id: r.id, path: at, message: `span end ${span.end} must be greater than start ${span.start}` });
        else if (span.end > text.length)
          problems.push({ file: file(table), id: r.id, path: at, message: `span end ${span.end} is past the paragraph's end (${text.length} UTF-16 code units)` });
        else if (text.slice(span.start, span.end) !== span.excerpt)
          problems.push({
            file: file(table), id: r.id, path: `${at}.excerpt`,
            message: `excerpt does not match the paragraph at ${span.start}-${span.end}: the text there is "${text.slice(span.start, span.end)}"`,
          });
      }
    });
  }

  // References the schema types narrowly (Article.publisher: Organization, ...) name that kind of actor.
  const kindOf = new Map(t.actors.map((x) => [x.id, x.kind]));
  const wantKind = (table: TableName, id: string, path: string, ref: string | undefined, kind: string) => {
    const found = ref === undefined ? undefined : kindOf.get(ref);
    if (found !== undefined && found !== kind) problems.push({ file: file(table), id, path, message: `${ref} is a ${found}; expected a ${kind}` });
  };
  t.articles.forEach((x, i) => {
    wantKind('articles', x.id, `[${i}].publisherId`, x.publisherId, 'ORGANIZATION');
    wantKind('articles', x.id, `[${i}].datelinePlaceId`, x.datelinePlaceId, 'PLACE');
  });
  t.roles.forEach((x, i) => wantKind('roles', x.id, `[${i}].countryId`, x.countryId, 'PLACE'));

  // Dates exist and inferred dates say why.
  t.events.forEach((e, i) => {
    if (!e.date) return;
    const range = dateRange(e.date);
    if (typeof range === 'string') problems.push({ file: 'events.json', id: e.id, path: `[${i}].date.value`, message: range });
    if (e.date.isInferred && !e.date.basis)
      problems.push({ file: 'events.json', id: e.id, path: `[${i}].date.basis`, message: 'an inferred date must give its basis' });
  });

  // Participants and relations make sense.
  t.events.forEach((e, i) => {
    const seen = new Set<string>();
    e.participants.forEach((p, j) => {
      const key = `${p.actorId}/${p.role}`;
      if (seen.has(key)) problems.push({ file: 'events.json', id: e.id, path: `[${i}].participants[${j}]`, message: `duplicate participant ${key}` });
      seen.add(key);
    });
  });
  t.eventRelations.forEach((r, i) => {
    if (r.fromEventId === r.toEventId)
      problems.push({ file: 'eventRelations.json', id: r.id, path: `[${i}].toEventId`, message: 'an event cannot be related to itself' });
  });

  // A quote's Arabic text is verbatim in the paragraph its first span cites.
  t.quotes.forEach((q, i) => {
    const text = paragraphText.get(q.evidence[0]!.paragraphId);
    if (text !== undefined && !text.includes(q.text.ar))
      problems.push({ file: 'quotes.json', id: q.id, path: `[${i}].text.ar`, message: `quote text does not occur verbatim in ${q.evidence[0]!.paragraphId}` });
  });

  // Positions are unique and the article text matches its committed source.
  const sectionKeys = new Set<string>();
  t.sections.forEach((s, i) => {
    const key = `${s.articleId}#${s.position}`;
    if (sectionKeys.has(key)) problems.push({ file: 'sections.json', id: s.id, path: `[${i}].position`, message: `duplicate position ${s.position} in ${s.articleId}` });
    sectionKeys.add(key);
  });
  const paragraphKeys = new Set<string>();
  t.paragraphs.forEach((p, i) => {
    const key = `${p.sectionId}#${p.position}`;
    if (paragraphKeys.has(key)) problems.push({ file: 'paragraphs.json', id: p.id, path: `[${i}].position`, message: `duplicate position ${p.position} in ${p.sectionId}` });
    paragraphKeys.add(key);
  });
  const sectionsOf = groupBy(t.sections, (s) => s.articleId);
  const paragraphsOf = groupBy(t.paragraphs, (p) => p.sectionId);
  for (const a of t.articles) {
    const source = sources.get(a.slug);
    if (source === undefined) {
      problems.push({ file: 'articles.json', id: a.id, path: 'slug', message: `no source text: expected sources/${a.slug}.txt` });
      continue;
    }
    const published: string[] = [];
    for (const s of sortedBy(sectionsOf.get(a.id))) {
      if (s.heading && !s.headingIsEditorial) published.push(s.heading.ar);
      for (const p of sortedBy(paragraphsOf.get(s.id))) published.push(p.text.ar);
    }
    const lines = sourceLines(source);
    const n = Math.max(lines.length, published.length);
    for (let k = 0; k < n; k++) {
      if (lines[k] !== published[k]) {
        problems.push({
          file: `sources/${a.slug}.txt`, id: a.id, path: `line ${k + 1}`,
          message: `the dataset's text differs from the source here: expected "${(lines[k] ?? '(end of text)').slice(0, 60)}", dataset has "${(published[k] ?? '(nothing)').slice(0, 60)}"`,
        });
        break;
      }
    }
  }

  // Every paragraph is evidence for something.
  const cited = new Set<string>();
  for (const table of Object.keys(t) as TableName[])
    for (const r of t[table] as AnyRecord[]) for (const { span } of spansIn(r, '')) cited.add(span.paragraphId);
  t.paragraphs.forEach((p, i) => {
    if (!cited.has(p.id)) problems.push({ file: 'paragraphs.json', id: p.id, path: `[${i}]`, message: 'no source span cites this paragraph' });
  });

  problems.push(...checkEditorialRules(t, paragraphText));
  return problems;
}
