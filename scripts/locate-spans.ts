/**
 * Authoring aid: fills in `start`/`end` of every source span in `data/` from its `excerpt`.
 *
 *   npm run data:locate            rewrite data/*.json with located offsets
 *   npm run data:locate -- --check report spans whose offsets are missing or wrong, change nothing
 *
 * A span is written as `{ "paragraphId": "...", "excerpt": "..." }` (offsets optional). When an
 * excerpt occurs more than once in its paragraph, the occurrence nearest to the given `start` is
 * taken (so give an approximate `start` to pick the second one). Runs on raw JSON before validation:
 * the loader still checks every span independently.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dataDir = process.env.AKHBAR_DATA_DIR ?? join(import.meta.dirname, '..', 'data');
const checkOnly = process.argv.includes('--check');

type RawSpan = { paragraphId: string; excerpt: string; start?: number; end?: number };
const isSpan = (v: unknown): v is RawSpan =>
  typeof v === 'object' && v !== null && 'paragraphId' in v && 'excerpt' in v;

const paragraphs = new Map<string, string>(
  (JSON.parse(readFileSync(join(dataDir, 'paragraphs.json'), 'utf8')) as { id: string; text: { ar: string } }[])
    .map((p) => [p.id, p.text.ar]),
);

const problems: string[] = [];
let fixed = 0;

function locate(s: RawSpan, where: string): void {
  const text = paragraphs.get(s.paragraphId);
  if (text === undefined) return void problems.push(`${where}: unknown paragraph ${s.paragraphId}`);
  if (s.start !== undefined && text.slice(s.start, s.end) === s.excerpt) return;
  const hits: number[] = [];
  for (let i = text.indexOf(s.excerpt); i !== -1; i = text.indexOf(s.excerpt, i + 1)) hits.push(i);
  if (hits.length === 0) return void problems.push(`${where}: excerpt not in ${s.paragraphId}: ${s.excerpt}`);
  const hint = s.start ?? 0;
  const best = hits.reduce((a, b) => (Math.abs(b - hint) < Math.abs(a - hint) ? b : a));
  if (checkOnly) return void problems.push(`${where}: offsets should be ${best}-${best + s.excerpt.length}`);
  s.start = best;
  s.end = best + s.excerpt.length;
  fixed++;
}

function walk(value: unknown, where: string): void {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
  else if (isSpan(value)) locate(value, where);
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`);
}

for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.json'))) {
  const path = join(dataDir, file);
  const records = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const before = fixed;
  walk(records, file);
  // Keep the key order readers expect: paragraphId, start, end, excerpt.
  const ordered = JSON.stringify(records, (_k, v: unknown) =>
    isSpan(v) ? { paragraphId: v.paragraphId, start: v.start, end: v.end, excerpt: v.excerpt } : v, 2);
  if (!checkOnly && fixed > before) writeFileSync(path, `${ordered}\n`);
}

for (const p of problems) console.error(p);
console.log(checkOnly ? `${problems.length} span problem(s)` : `located ${fixed} span(s); ${problems.length} problem(s)`);
process.exitCode = problems.length > 0 ? 1 : 0;
