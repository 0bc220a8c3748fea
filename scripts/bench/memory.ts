/**
 * `node --expose-gc --import tsx scripts/bench/memory.ts DIR`: loads the snapshot of the dataset in
 * DIR as the server does and prints, as JSON, the memory after a full garbage collection (RSS,
 * V8 heap, array buffers), with the heap of the tables alone, to tell records from indexes.
 * The bench's scale section runs it; it is a separate process so that nothing else is in the heap.
 */
import { readSnapshot, snapshotPath } from '../../src/data/snapshot.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: memory.ts DIR');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const settle = async () => {
  // The snapshot's file buffer is freed only after the load returns: a tick, then a full collection.
  await new Promise((r) => setTimeout(r, 100));
  gc();
  gc();
  return process.memoryUsage();
};
const before = await settle();
const dataset = readSnapshot(snapshotPath(dir), dir);
const after = await settle();
const { postings, offsets } = dataset.searchData;
console.log(JSON.stringify({
  articles: dataset.articles.all.length,
  rss: after.rss,
  heap: after.heapUsed - before.heapUsed,
  arrayBuffers: after.arrayBuffers - before.arrayBuffers,
  postings: postings.byteLength + offsets.byteLength,
  terms: dataset.searchData.terms.length,
}));
