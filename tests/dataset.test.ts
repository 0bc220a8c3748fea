import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listOf } from '../src/data/dataset.js';
import { checkDataset, loadDataset } from '../src/data/load.js';
import { checkQuoteFraming } from '../src/data/editorial-rules.js';
import { DatasetError, type Problem } from '../src/data/problems.js';
import type { Tables } from '../src/data/records.js';
import { copyOf, corruptedCopy, refreshHash, twoArticlesDir } from './helpers/fixtures.js';

describe('the two-article fixture', () => {
  const ds = loadDataset(twoArticlesDir);

  it('loads both articles with one shared actor record', () => {
    expect(ds.articles.all.map((a) => a.slug)).toEqual(['fixture-a', 'fixture-b']);
    expect(ds.actors.all.filter((a) => a.slug === 'putin')).toHaveLength(1);
  });

  it('indexes the shared actor from both articles', () => {
    const articles = listOf(ds.articlesOfActor, 'act_putin').map((a) => a.id);
    expect(articles).toEqual(['art_a', 'art_b']);
    expect(listOf(ds.actorsOfArticle, 'art_b').map((a) => a.id)).toContain('act_putin');
    expect(listOf(ds.mentionsOfActor, 'act_putin').map((m) => m.span.paragraphId)).toEqual(['par_a-0', 'par_a-1', 'par_b-0']);
    expect(listOf(ds.participationsOfActor, 'act_putin').map((p) => [p.event.articleId, p.roles[0]]))
      .toEqual([['art_a', 'HOST'], ['art_b', 'SUBJECT']]);
    expect(listOf(ds.claimsAboutActor, 'act_putin').map((c) => c.id)).toEqual(['clm_b-no-war']);
  });

  it('indexes the other reverse relations', () => {
    expect(listOf(ds.quotesBySpeaker, 'act_kim').map((q) => q.id)).toEqual(['quo_b-kim']);
    expect(listOf(ds.claimsByClaimant, 'act_putin').map((c) => c.id)).toEqual(['clm_a-useful']);
    expect(listOf(ds.opinionsByExpert, 'act_kim').map((o) => o.id)).toEqual(['opn_b-kim']);
    expect(listOf(ds.quotesAboutEvent, 'evt_b-war').map((q) => q.id)).toEqual(['quo_b-kim']);
    expect(listOf(ds.claimsAboutEvent, 'evt_a-meeting').map((c) => c.id)).toEqual(['clm_a-useful']);
    expect(listOf(ds.opinionsAboutEvent, 'evt_b-war').map((o) => o.id)).toEqual(['opn_b-kim']);
    expect(listOf(ds.relationsFromEvent, 'evt_a-meeting').map((r) => r.toEventId)).toEqual(['evt_b-war']);
    expect(listOf(ds.relationsToEvent, 'evt_b-war').map((r) => r.fromEventId)).toEqual(['evt_a-meeting']);
    expect(listOf(ds.claimsOfQuote, 'quo_b-kim').map((c) => c.id)).toEqual(['clm_b-no-war']);
    expect(listOf(ds.eventsAtPlace, 'act_kremlin').map((e) => e.id)).toEqual(['evt_a-meeting']);
    expect(ds.articleOfParagraph.get('par_b-0')?.id).toBe('art_b');
  });

  it('orders each paragraph\'s annotations by offset', () => {
    const starts = listOf(ds.annotationsOfParagraph, 'par_b-0').map((a) => a.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(listOf(ds.annotationsOfParagraph, 'par_b-0').map((a) => a.target.type)).toContain('ExpertOpinion');
  });

  it('is frozen', () => {
    expect(Object.isFrozen(ds.events.all)).toBe(true);
    expect(Object.isFrozen(ds.events.all[0]!.participants[0])).toBe(true);
  });
});

describe('corrupted datasets are refused with file, id, field and reason', () => {
  const cases: [string, Omit<Partial<Problem>, 'message'> & { message: RegExp }][] = [
    ['dangling-reference', { file: 'events.json', id: 'evt_a-meeting', path: '[0].participants[1].actorId', message: /unknown reference "act_nobody" \(no such id in actors\.json\)/ }],
    ['duplicate-id', { file: 'actors.json', id: 'act_putin', path: '[6].id', message: /duplicate id/ }],
    ['span-mismatch', { file: 'mentions.json', id: 'men_a-putin-1', path: '[1].span.excerpt', message: /excerpt does not match the paragraph at 14-19: the text there is "بوتين"/ }],
    ['unknown-enum', { file: 'events.json', id: 'evt_b-war', path: '[1].status', message: /OCCURRED/ }],
    ['bad-date', { file: 'events.json', id: 'evt_a-meeting', path: '[0].date.value', message: /"2025-02-30" is not a calendar date/ }],
    ['missing-translation', { file: 'paragraphs.json', id: 'par_b-0', path: '[2].text.en', message: /missing English translation/ }],
    ['malformed-json', { file: 'claims.json', path: '(file)', message: /malformed JSON/ }],
    ['occurred-on-one-source', { file: 'events.json', id: 'evt_b-war', path: '[1].attribution', message: /OCCURRED event whose only evidence is act_kim's words must be attributed/ }],
    ['claim-source-not-claimant', { file: 'claims.json', id: 'clm_a-useful', path: '[0].attribution.sourceId', message: /source must be its claimant act_putin/ }],
    ['quote-reporting-verb', { file: 'quotes.json', id: 'quo_b-kim', path: '[1].evidence[0]', message: /reporting word «قال», the journalist's framing/ }],
    ['cause-without-causal-wording', { file: 'eventRelations.json', id: 'rel_meeting-war', path: '[0].kind', message: /CAUSE_OF needs causal wording/ }],
    ['alignment-mismatch', { file: 'alignments.json', path: '[2].en.excerpt', message: /excerpt does not match the paragraph at 9-14: the text there is "Putin" \(of the English translation\)/ }],
    ['alignment-missing', { file: 'mentions.json', id: 'men_b-kim', path: '[5].span', message: /no alignment for par_b-0:4:7 \("كيم"\): add one to alignments.json/ }],
    ['alignment-without-reason', { file: 'alignments.json', path: '[7].note', message: /needs a `note` saying why the translation has no counterpart/ }],
    ['headline-drops-hedge', { file: 'articles.json', id: 'art_b', path: '[1].headline.ar', message: /drops the hedge «وربما» of its evidence in par_b-0/ }],
  ];

  it.each(cases)('%s', (name, expected) => {
    const { dataset, problems } = checkDataset(corruptedCopy(name));
    expect(dataset).toBeUndefined();
    expect(problems).toContainEqual(expect.objectContaining({ ...expected, message: expect.stringMatching(expected.message) }));
    expect(() => loadDataset(corruptedCopy(name))).toThrow(DatasetError);
  });

  it('reports every problem, not just the first', () => {
    const dir = corruptedCopy('dangling-reference');
    const events = JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8'));
    events[1].status = 'HAPPENED';
    events[0].evidence[0].excerpt = 'لا شيء';
    writeFileSync(join(dir, 'events.json'), JSON.stringify(events));
    refreshHash(dir);
    const { problems } = checkDataset(dir);
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining([
      '[0].participants[1].actorId', '[1].status', '[0].evidence[0].excerpt',
    ]));
  });

  it('refuses a stale manifest hash', () => {
    const dir = copyOf(twoArticlesDir);
    writeFileSync(join(dir, 'sources', 'fixture-b.txt'), 'حوار\n\nنص آخر.\n');
    const { problems } = checkDataset(dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'manifest.json', path: 'contentHash', message: expect.stringMatching(/stale content hash/) }));
  });

  it('refuses paragraphs that differ from the committed source text', () => {
    const dir = copyOf(twoArticlesDir);
    writeFileSync(join(dir, 'sources', 'fixture-b.txt'), 'حوار\n\nنص آخر.\n');
    refreshHash(dir);
    const { problems } = checkDataset(dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'sources/fixture-b.txt', path: 'line 2' }));
  });

  it('refuses a named source with no name, and a source on the article\'s own voice', () => {
    const dir = copyOf(twoArticlesDir);
    const path = join(dir, 'events.json');
    const events = JSON.parse(readFileSync(path, 'utf8'));
    events[0].attribution = { kind: 'NAMED_SOURCE' };
    events[1].attribution = { kind: 'ARTICLE', sourceId: 'act_kim' };
    writeFileSync(path, JSON.stringify(events));
    refreshHash(dir);
    expect(checkDataset(dir).problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ id: 'evt_a-meeting', path: '[0].attribution.sourceId', message: expect.stringMatching(/must name its source/) }),
      expect.objectContaining({ id: 'evt_b-war', path: '[1].attribution.sourceId', message: expect.stringMatching(/nobody else's assertion/) }),
    ]));
  });

  it('refuses an Arabic headline that hedges beside an English one that does not, and an editorial headline citing nothing', () => {
    const dir = copyOf(twoArticlesDir);
    const path = join(dir, 'articles.json');
    const articles = JSON.parse(readFileSync(path, 'utf8'));
    articles[0].headline = { ar: 'ربما لقاء في الكرملين', en: 'A meeting in the Kremlin' };
    delete articles[1].headlineEvidence;
    writeFileSync(path, JSON.stringify(articles));
    refreshHash(dir);
    expect(checkDataset(dir).problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ id: 'art_a', path: '[0].headline.en', message: expect.stringMatching(/English one does not/) }),
      expect.objectContaining({ id: 'art_b', path: '[1].headlineEvidence', message: expect.stringMatching(/must cite the spans it summarises/) }),
    ]));
  });

  it('allows a reporting verb inside quotation marks: there it is the speaker\'s own word', () => {
    const text = 'أكد بوتين: "قال لي إنه مستعد" للقاء.';
    const quote = (excerpt: string) => {
      const start = text.indexOf(excerpt);
      return { id: 'quo_x', evidence: [{ paragraphId: 'par_x', start, end: start + excerpt.length, excerpt }] };
    };
    const check = (excerpt: string) => checkQuoteFraming({ quotes: [quote(excerpt)] } as unknown as Tables, new Map([['par_x', text]]));
    expect(check('قال لي إنه مستعد')).toEqual([]);
    expect(check('أكد بوتين: "قال لي إنه مستعد"')).toEqual([expect.objectContaining({ message: expect.stringMatching(/«أكد»/) })]);
  });

  it('refuses a placeholder translation', () => {
    const dir = copyOf(twoArticlesDir);
    const path = join(dir, 'paragraphs.json');
    const paragraphs = JSON.parse(readFileSync(path, 'utf8'));
    paragraphs[0].text.en = 'TODO';
    writeFileSync(path, JSON.stringify(paragraphs));
    refreshHash(dir);
    expect(checkDataset(dir).problems).toContainEqual(expect.objectContaining({ id: 'par_a-0', path: '[0].text.en', message: expect.stringMatching(/placeholder/) }));
  });
});
