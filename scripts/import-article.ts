/**
 * Authoring aid: turns an article's plain text into the `articles`, `sections` and `paragraphs`
 * records to append to `data/`, printed as JSON on standard output (nothing is written).
 *
 *   npm run data:import -- <text-file> <article-slug>
 *
 * The text has one paragraph per line; a leading `date YYYY-MM-DD` stamp is taken as the
 * publication date. A short line without sentence-final punctuation is taken as a section
 * heading. English translations are left as "TODO" and the loader refuses them until a person
 * writes them: we never publish a machine guess as a translation.
 */
import { readFileSync } from 'node:fs';

const [file, slug] = process.argv.slice(2);
if (!file || !slug) {
  console.error('usage: npm run data:import -- <text-file> <article-slug>');
  process.exit(2);
}

let text = readFileSync(file, 'utf8');
const stamp = /^\s*date (\d{4}-\d{2}-\d{2})\s+/.exec(text);
if (stamp) text = text.slice(stamp[0].length);
const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
const isHeading = (l: string) => l.length < 60 && !/[.!?؟،:"»]$/.test(l);

const key = slug.replace(/[^a-z0-9]+/g, '-');
const sections: object[] = [];
const paragraphs: object[] = [];
let section = -1;
let position = 0;
const newSection = (heading: string | null) => {
  section++;
  position = 0;
  sections.push({
    id: `sec_${key}-${section}`, articleId: `art_${key}`, position: section,
    heading: heading === null ? null : { ar: heading, en: 'TODO' }, headingIsEditorial: false,
  });
};
for (const line of lines) {
  if (section === -1 || isHeading(line)) {
    if (section === -1 && !isHeading(line)) newSection(null);
    else { newSection(line); continue; }
  }
  paragraphs.push({
    id: `par_${key}-${section}-${position}`, sectionId: `sec_${key}-${section}`, position: position++,
    text: { ar: line, en: 'TODO' },
  });
}
console.log(JSON.stringify({ publishedOn: stamp?.[1] ?? null, sections, paragraphs }, null, 2));
