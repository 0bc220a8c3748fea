/**
 * The data layer's work must grow with the dataset, not with its square. These tests count
 * operations (record reads through a counting Proxy), never wall-clock time, so they are stable
 * on any machine; each bound sits between the linear (or n log n) cost and the quadratic one by
 * an order of magnitude or more.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../src/data/dataset.js';
import { loadDataset } from '../src/data/load.js';
import type { EventRecord, ParagraphRecord, Tables } from '../src/data/records.js';
import { buildSearchIndex } from '../src/data/search.js';
import { buildTimeline } from '../src/data/timeline.js';
import { synthesizeTables } from '../scripts/synth.js';

/** Wraps each object of `items` in a Proxy that counts property reads into `counter.reads`. */
function counted<T extends object>(items: readonly T[], counter: { reads: number }): T[] {
  return items.map((item) => new Proxy(item, {
    get(target, key, receiver) {
      counter.reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  }));
}

/** An array whose element reads (`list[i]`, iteration) are counted into `counter.reads`. */
function countedArray<T>(items: readonly T[], counter: { reads: number }): T[] {
  return new Proxy([...items], {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) counter.reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

const template = loadDataset().events.all[0]!;

describe('building the chronology', () => {
  it('reads each event O(log n) times, not O(n) times (a heap, not a re-sort per step)', () => {
    const n = 2000;
    const events: EventRecord[] = Array.from({ length: n }, (_, i) => ({
      ...template,
      id: `evt_e${i}`,
      slug: `e${i}`,
      date: { value: new Date(Date.UTC(2020, 0, 1 + ((i * 7919) % 1500))).toISOString().slice(0, 10), precision: 'DAY', bound: 'EXACT', isInferred: false },
    }));
    const counter = { reads: 0 };
    const timeline = buildTimeline(counted(events, counter), []);
    expect(timeline).toHaveLength(n);
    expect(timeline.map((e) => e.first)).toEqual([...timeline.map((e) => e.first)].sort());
    // n log2 n is ~22,000 comparisons; re-sorting the ready list at every step is ~n²/2 log n.
    expect(counter.reads).toBeLessThan(50 * n * Math.log2(n));
  });
});

describe('building the dataset', () => {
  it('reads the relations a bounded number of times per relation, not once per article', () => {
    const { tables } = synthesizeTables({ articles: 200 });
    const counter = { reads: 0 };
    const t: Tables = { ...tables, eventRelations: countedArray(tables.eventRelations, counter) };
    const dataset = buildDataset(t, loadDataset().manifest, 'test');
    expect(dataset.timelineOfArticle.size).toBe(200);
    // Each relation is read a few times (indexes, annotations, timelines); passing every relation
    // to every article's timeline read them 200 times each.
    expect(counter.reads).toBeLessThan(20 * tables.eventRelations.length);
  });
});

describe('search', () => {
  it('finds a rare word without touching the records it does not return', () => {
    const base = loadDataset().paragraphs.all[0]!;
    const paragraphs: ParagraphRecord[] = Array.from({ length: 3000 }, (_, i) => ({
      ...base,
      id: `par_p${i}`,
      text: { ar: i === 1234 ? 'كلمة نادرة جدا' : 'نص عادي متكرر في كل فقرة', en: 'ordinary text' },
    }));
    const counter = { reads: 0 };
    const index = buildSearchIndex(counted(paragraphs, counter).map((record) => ({ kind: 'PARAGRAPH' as const, record })), () => undefined);
    counter.reads = 0;
    const hits = index.search('نادرة').slice();
    expect(hits.map((h) => h.subject.record.id)).toEqual(['par_p1234']);
    expect(counter.reads).toBeLessThan(20);
  });

  it('works out snippets only for the hits that are read', () => {
    const base = loadDataset().paragraphs.all[0]!;
    const paragraphs: ParagraphRecord[] = Array.from({ length: 500 }, (_, i) => ({
      ...base, id: `par_p${i}`, text: { ar: `نص عادي رقم ${i}`, en: 'ordinary text' },
    }));
    const index = buildSearchIndex(paragraphs.map((record) => ({ kind: 'PARAGRAPH' as const, record })), () => undefined);
    const hits = index.search('عادي').slice();
    expect(hits).toHaveLength(500);
    // A hit's details are getters until read; reading one gives the usual snippet.
    const described = hits.filter((h) => typeof Object.getOwnPropertyDescriptor(h, 'snippet')?.get === 'function');
    expect(described).toHaveLength(500);
    expect(hits[0]!.snippet).toMatch(/عادي/);
    expect(hits[0]!.highlights.length).toBe(1);
  });
});
