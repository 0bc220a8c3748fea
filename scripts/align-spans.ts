/**
 * Authoring aid for `data/alignments.json`, where each cited Arabic range stands in the English
 * translation (the loader's `alignmentsMatch` rule is the judge; this only helps write the file).
 *
 *   npm run data:align             fill in English offsets from excerpts, add what can be proposed, sort
 *   npm run data:align -- --check  report what is missing or wrong, change nothing
 *
 * - An alignment may be written as `{ "span": {...}, "en": { "excerpt": "Moscow" } }`: the English
 *   offsets are filled in (the occurrence nearest to a given `start`, or to where the Arabic range
 *   stands in its paragraph, proportionally).
 * - A mention without an alignment gets one when its actor's English name or an English alias
 *   occurs in the paragraph's translation: the occurrence nearest to the Arabic's proportional
 *   place. Each proposal is printed: a name can stand for a phrase ("the two presidents"), so an
 *   editor reads it before committing. Anything else is listed for an editor to align by reading.
 * Hand-written: aligning a translation needs the actor table and our offset rules; no library
 * knows them. Runs on raw JSON before validation.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spanKey, type AlignmentRecord, type Span } from '../src/data/records.js';

const dataDir = process.env.AKHBAR_DATA_DIR ?? join(import.meta.dirname, '..', 'data');
const checkOnly = process.argv.includes('--check');

type Draft = { span: Span; en: { start?: number; end?: number; excerpt: string } | null; note?: string };
const read = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;

const paragraphs = read<{ id: string; text: { ar: string; en: string } }[]>('paragraphs.json');
const textOf = new Map(paragraphs.map((p) => [p.id, p.text]));
const order = new Map(paragraphs.map((p, i) => [p.id, i]));
const actors = new Map(read<{ id: string; name: { en: string }; aliases: { en?: string }[] }[]>('actors.json').map((a) => [a.id, a]));

/** Every span cited by a record, by key, with the actor when a mention cites it. */
function citedSpans(): Map<string, { span: Span; actorId?: string }> {
  const cited = new Map<string, { span: Span; actorId?: string }>();
  const walk = (value: unknown, actorId?: string): void => {
    if (Array.isArray(value)) value.forEach((v) => walk(v, actorId));
    else if (typeof value === 'object' && value !== null) {
      if ('paragraphId' in value && 'excerpt' in value) {
        const span = value as Span;
        const known = cited.get(spanKey(span));
        cited.set(spanKey(span), { span, actorId: known?.actorId ?? actorId });
      } else for (const v of Object.values(value)) walk(v, actorId);
    }
  };
  for (const table of ['articles', 'roles', 'events', 'eventRelations', 'quotes', 'claims', 'expertOpinions'])
    walk(read<unknown[]>(`${table}.json`));
  for (const mention of read<{ actorId: string; span: Span }[]>('mentions.json')) walk(mention.span, mention.actorId);
  return cited;
}

/** The occurrence of `needle` in `text` nearest to `hint`, or undefined. */
function nearest(text: string, needle: string, hint: number): number | undefined {
  let best: number | undefined;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1))
    if (best === undefined || Math.abs(i - hint) < Math.abs(best - hint)) best = i;
  return best;
}

/** Where the Arabic range would stand in the English, were the two texts proportional. */
const proportional = (span: Span, en: string) => Math.round((span.start / Math.max(1, textOf.get(span.paragraphId)!.ar.length)) * en.length);

/** The mention's English: its actor's name or an alias, nearest to the proportional place. */
function proposeMention(span: Span, actorId: string): Draft | undefined {
  const actor = actors.get(actorId);
  const en = textOf.get(span.paragraphId)!.en;
  const names = [actor?.name.en, ...(actor?.aliases ?? []).map((a) => a.en)].filter((n): n is string => !!n).sort((a, b) => b.length - a.length);
  for (const name of names) {
    const at = nearest(en, name, proportional(span, en));
    if (at !== undefined) return { span, en: { start: at, end: at + name.length, excerpt: name } };
  }
  return undefined;
}

/** Fills in a draft's English offsets from its excerpt; a problem message when it cannot. */
function locate(draft: Draft): string | undefined {
  const en = textOf.get(draft.span.paragraphId)?.en;
  if (en === undefined) return `unknown paragraph ${draft.span.paragraphId}`;
  if (!draft.en || en.slice(draft.en.start, draft.en.end) === draft.en.excerpt) return undefined;
  const at = nearest(en, draft.en.excerpt, draft.en.start ?? proportional(draft.span, en));
  if (at === undefined) return `English excerpt not in ${draft.span.paragraphId}: ${draft.en.excerpt}`;
  if (checkOnly) return `English offsets should be ${at}-${at + draft.en.excerpt.length}`;
  Object.assign(draft.en, { start: at, end: at + draft.en.excerpt.length });
  return undefined;
}

function main(): void {
  const drafts = read<Draft[]>('alignments.json');
  const problems: string[] = [];
  drafts.forEach((d, i) => { const p = locate(d); if (p) problems.push(`alignments.json [${i}]: ${p}`); });
  const have = new Set(drafts.map((d) => spanKey(d.span)));
  const cited = citedSpans();
  let proposed = 0;
  for (const [key, { span, actorId }] of cited) {
    if (have.has(key)) continue;
    const draft = actorId && !checkOnly ? proposeMention(span, actorId) : undefined;
    if (draft) {
      drafts.push(draft);
      proposed++;
      console.log(`proposed (read it before committing): ${key} "${span.excerpt}" → "${draft.en?.excerpt}"`);
    }
    else problems.push(`${key} "${span.excerpt}": no alignment; write its English excerpt into alignments.json`);
  }
  for (const d of drafts) if (!cited.has(spanKey(d.span))) problems.push(`${spanKey(d.span)}: no record cites this range`);
  drafts.sort((a, b) => order.get(a.span.paragraphId)! - order.get(b.span.paragraphId)! || a.span.start - b.span.start || a.span.end - b.span.end);
  const ordered = drafts.map((d): AlignmentRecord | Draft => ({ span: d.span, en: d.en && { start: d.en.start, end: d.en.end, excerpt: d.en.excerpt }, ...(d.note ? { note: d.note } : {}) }));
  if (!checkOnly) writeFileSync(join(dataDir, 'alignments.json'), `${JSON.stringify(ordered, null, 2)}\n`);
  for (const p of problems) console.error(p);
  console.log(checkOnly ? `${problems.length} alignment problem(s)` : `proposed ${proposed} mention alignment(s); ${problems.length} left for an editor`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}

main();
