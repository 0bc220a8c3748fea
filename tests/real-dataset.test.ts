import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listOf } from '../src/data/dataset.js';
import { defaultDataDir, loadDataset } from '../src/data/load.js';
import { sourceLines } from '../src/data/validate.js';

const ds = loadDataset();

describe('the shipped dataset', () => {
  it('loads and holds the article with its three sections and 17 paragraphs', () => {
    const article = ds.articles.bySlug.get('witkoff-putin-talks-moscow')!;
    expect(article.publishedOn).toBe('2025-08-08');
    expect(listOf(ds.sectionsOfArticle, article.id).map((s) => s.heading?.en ?? null))
      .toEqual([null, 'Dialogue without breakthroughs', 'Speculation and a possible truce']);
    expect(listOf(ds.paragraphsOfArticle, article.id)).toHaveLength(17);
  });

  it('keeps the Arabic text exactly as in the committed source', () => {
    const source = sourceLines(readFileSync(`${defaultDataDir}/sources/witkoff-putin-talks-moscow.txt`, 'utf8'));
    const texts = ds.paragraphs.all.map((p) => p.text.ar);
    for (const t of texts) expect(source).toContain(t);
  });

  it('cites every paragraph in at least one span', () => {
    for (const p of ds.paragraphs.all) expect(listOf(ds.annotationsOfParagraph, p.id).length, p.id).toBeGreaterThan(0);
  });

  it('has every quote verbatim in its paragraph', () => {
    for (const q of ds.quotes.all) {
      const paragraph = ds.paragraphs.byId.get(q.evidence[0]!.paragraphId)!;
      expect(paragraph.text.ar, q.id).toContain(q.text.ar);
    }
  });

  it('has every span excerpt equal to its paragraph text at its offsets', () => {
    for (const list of ds.annotationsOfParagraph.values())
      for (const { span } of list) expect(ds.paragraphs.byId.get(span.paragraphId)!.text.ar.slice(span.start, span.end)).toBe(span.excerpt);
  });

  it('records the people the article names, with their roles', () => {
    const people = ds.actors.all.filter((a) => a.kind === 'PERSON').map((a) => a.slug).sort();
    expect(people).toHaveLength(7);
    for (const slug of people) expect(listOf(ds.rolesOfActor, ds.actors.bySlug.get(slug)!.id).length, slug).toBeGreaterThan(0);
  });

  it('marks every inferred date with its basis', () => {
    for (const e of ds.events.all.filter((e) => e.date?.isInferred)) expect(e.date!.basis, e.id).toBeDefined();
  });

  it('holds the two expert opinions with opposite stances', () => {
    expect(ds.expertOpinions.all.map((o) => [ds.actors.byId.get(o.expertId)!.name.en, o.stance]))
      .toEqual(expect.arrayContaining([[expect.stringContaining('Kim'), 'MIXED'], [expect.stringContaining('Zabolotov'), 'NEGATIVE']]));
  });
});
