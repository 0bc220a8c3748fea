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

describe('the corrections of the blind review (issue 17, docs/EDITORIAL.md)', () => {
  const paragraph = (n: string) => ds.paragraphs.byId.get(`par_witkoff-putin-${n}`)!.text;
  const event = (slug: string) => ds.events.bySlug.get(slug)!;

  it('keeps the hedge «احتمال» in the editorial headline, in both languages, and says "soon", not "imminent"', () => {
    const article = ds.articles.bySlug.get('witkoff-putin-talks-moscow')!;
    expect(article.headline.ar).toContain('احتمال');
    expect(article.headline.en).toMatch(/possible/);
    for (const text of [article.headline.en, paragraph('0-4').en, event('expected-trump-putin-meeting').summary.en])
      expect(text).not.toMatch(/imminent/);
  });

  it.each([
    ['1-3', 'tightening the pressure'], ['1-4', 'sensitive'], ['2-5', 'narrow the gap between'], ['0-1', 'won praise'], ['2-0', 'Kyiv committed'],
  ])('drops the mistranslation in paragraph %s: "%s"', (n, wrong) => {
    expect(paragraph(n).en).not.toContain(wrong);
  });

  it('states claims without words the article does not have', () => {
    const statement = (slug: string) => ds.claims.bySlug.get(slug)!.statement.en;
    expect(statement('kim-deep-state-pushes-us-interests-or-sanctions')).not.toMatch(/on Russia/);
    expect(statement('kim-washington-priority-settlement-first')).not.toMatch(/with Moscow/);
    expect(statement('kim-moscow-wants-broader-agenda')).not.toMatch(/with Washington/);
    expect(statement('kremlin-praised-previous-meetings')).toBe('The Kremlin praised the four previous meetings between Putin and Witkoff.');
  });

  it('spans whole clauses where the review found them cut short', () => {
    expect(event('trump-informs-european-leaders').evidence[0]!.excerpt).toMatch(/زيلينسكي$/);
    expect(event('expected-trump-putin-meeting').evidence.map((s) => s.excerpt)).toContain('وزادت التوقعات عقب اللقاء');
    expect(event('ukraine-war-outbreak').evidence.map((s) => s.excerpt)).toEqual(['منذ اندلاع الحرب']);
    for (const o of ds.expertOpinions.all) for (const s of o.evidence) expect(s.excerpt.length, `${o.id} ${s.excerpt}`).toBeGreaterThan(60);
  });

  it('keeps the journalist\'s «معتبرا أن» out of Zabolotov\'s quotes', () => {
    const zabolotov = listOf(ds.quotesBySpeaker, 'act_lev-zabolotov');
    for (const q of zabolotov) expect(q.text.ar, q.id).not.toContain('معتبرا');
    expect(zabolotov.map((q) => q.slug)).toContain('zabolotov-no-solution-while-hardliners');
  });

  it('renames the hardline current, which the article never calls American', () => {
    expect(ds.actors.bySlug.get('us-hardline-current')).toBeUndefined();
    expect(ds.actors.bySlug.get('hardline-current')!.name.ar).toBe('التيار المتشدد');
  });

  it('links no cause the text does not state, and no claim about ending the war to its outbreak', () => {
    expect(ds.eventRelations.all.filter((r) => r.kind === 'CAUSE_OF')).toEqual([]);
    expect(ds.eventRelations.byId.get('rel_deadline-set-for-peace-agreement')!.kind).toBe('AIMS_AT');
    expect(ds.eventRelations.all.find((r) => r.kind === 'CONDITION_OF' && r.fromEventId === 'evt_witkoff-putin-talks-moscow')).toBeUndefined();
    expect(ds.claims.bySlug.get('al-jazeera-net-no-breakthrough-in-previous-meetings')!.aboutEventIds).not.toContain('evt_ukraine-war-outbreak');
  });

  it('keeps the unattributed expectation apart from Trump\'s stated intention', () => {
    expect(event('expected-trump-putin-meeting')).toMatchObject({ status: 'EXPECTED', attribution: { kind: 'UNNAMED_SOURCE' } });
    expect(event('proposed-trump-putin-talks')).toMatchObject({
      status: 'PROPOSED', attribution: { kind: 'NAMED_SOURCE', sourceId: 'act_donald-trump', viaId: 'act_reuters' },
    });
    expect(event('trump-deadline-expiry').note!.en).not.toMatch(/speaks of it as not yet over/);
  });

  it('gives the statements captured in passing records of their own', () => {
    expect(event('russian-demands')).toMatchObject({ kind: 'DEMAND', attribution: { kind: 'NAMED_SOURCE', sourceId: 'act_lev-zabolotov' } });
    expect(event('american-reports-warning').status).toBe('OCCURRED');
    expect(listOf(ds.relationsFromEvent, 'evt_american-reports-warning').map((r) => [r.kind, r.toEventId]))
      .toEqual([['PRECEDES', 'evt_witkoff-visit-russia']]);
    for (const slug of ['al-jazeera-net-topics-of-four-meetings', 'al-jazeera-net-first-presidential-meeting-since-war', 'zabolotov-us-economy-declining'])
      expect(ds.claims.bySlug.get(slug), slug).toBeDefined();
  });
});
