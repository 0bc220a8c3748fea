/**
 * `npm run data:check [DIR]`: validates `data/` (or DIR) and compiles it into its snapshot
 * (`akhbar.snapshot`, which the server loads), printing the number of records of each kind; or
 * prints every problem found, writes nothing and exits 1. `npm run build` runs it.
 */
import { checkDataset, defaultDataDir } from '../src/data/load.js';
import { formatProblem } from '../src/data/problems.js';
import { snapshotPath, writeSnapshot } from '../src/data/snapshot.js';

const dir = process.argv[2] ?? defaultDataDir;
const { dataset, problems } = checkDataset(dir);
if (!dataset) {
  console.error(`data:check: ${problems.length} problem(s) in ${dir}`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
writeSnapshot(dataset, dir);
console.log(`data:check: the dataset is valid (version ${dataset.version}); compiled into ${snapshotPath(dir)}`);
const rows: [string, number][] = [
  ['articles', dataset.articles.all.length], ['sections', dataset.sections.all.length],
  ['paragraphs', dataset.paragraphs.all.length], ['actors', dataset.actors.all.length],
  ['roles', dataset.roles.all.length], ['mentions', dataset.mentions.all.length],
  ['events', dataset.events.all.length], ['event relations', dataset.eventRelations.all.length],
  ['quotes', dataset.quotes.all.length], ['claims', dataset.claims.all.length],
  ['expert opinions', dataset.expertOpinions.all.length],
];
for (const [kind, count] of rows) console.log(`  ${kind.padEnd(16)} ${String(count).padStart(5)}`);
