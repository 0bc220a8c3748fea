import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AkhbarError, createAkhbarClient, type AkhbarClient } from '../src/client/index.js';
import {
  ActorProfileDocument, ArticlePageDocument, DatasetInfoDocument, EventDetailDocument, ExpertOpinionsDocument,
  SearchDocument, TimelineDocument,
} from '../src/generated/graphql.js';
import { startServer } from './helpers/server.js';

let close: () => Promise<void>;
let akhbar: AkhbarClient;
let english: AkhbarClient;
let viaGet: AkhbarClient;
let endpointUrl: string;

beforeAll(async () => {
  const server = await startServer();
  close = server.close;
  const endpoint = `${server.url}/graphql`;
  endpointUrl = endpoint;
  akhbar = createAkhbarClient({ endpoint });
  english = createAkhbarClient({ endpoint, language: 'en' });
  viaGet = createAkhbarClient({ endpoint, method: 'GET', language: 'en' });
});
afterAll(() => close());

describe('the typed client against a live server', () => {
  it('ArticlePage: sections, paragraphs and highlights', async () => {
    const { article } = await akhbar.request(ArticlePageDocument, { slug: 'witkoff-putin-talks-moscow' });
    expect(article?.headline.direction).toBe('RTL');
    const paragraphs = article?.sections.flatMap((s) => s.paragraphs) ?? [];
    expect(paragraphs).toHaveLength(17);
    const putin = paragraphs.flatMap((p) => p.annotations ?? []).filter((a) => a.subject.__typename === 'Mention' && a.subject.actor.slug === 'vladimir-putin');
    expect(putin.length).toBeGreaterThan(2);
  });

  it('Timeline: the talks occurred, the summit is expected', async () => {
    const { article } = await english.request(TimelineDocument, { slug: 'witkoff-putin-talks-moscow' });
    const bySlug = new Map(article?.timeline.map((e) => [e.event.slug, e]));
    expect(bySlug.get('witkoff-putin-talks-moscow')?.event.status).toBe('OCCURRED');
    expect(bySlug.get('expected-trump-putin-meeting')?.event.status).toBe('EXPECTED');
    expect(bySlug.get('expected-trump-putin-meeting')?.event.date?.precision).toBe('WEEK');
  });

  it('EventDetail: the expected meeting\'s participants are Trump and Putin', async () => {
    const { event } = await english.request(EventDetailDocument, { slug: 'expected-trump-putin-meeting' });
    const names: string[] = event?.participants.map((p) => p.actor.name.text) ?? [];
    expect(names).toEqual(expect.arrayContaining(['Donald Trump', 'Vladimir Putin']));
  });

  it('ActorProfile: Trump\'s quotes, with the social-media one', async () => {
    const { actor } = await english.request(ActorProfileDocument, { slug: 'donald-trump', first: 20 });
    expect(actor?.__typename).toBe('Person');
    const channels = actor?.quotes?.nodes.map((q) => q.channel);
    expect(channels).toContain('SOCIAL_MEDIA');
  });

  it('ExpertOpinions: each expert\'s stance and an evidence excerpt', async () => {
    const { expertOpinions } = await english.request(ExpertOpinionsDocument);
    const byExpert = new Map((expertOpinions?.nodes ?? []).map((o) => [o.expert.name.text, o]));
    expect(byExpert.get('Lev Zabolotov')?.stance).toBe('NEGATIVE');
    expect(byExpert.get('Dmitry Kim')?.stance).toBe('MIXED');
    expect(byExpert.get('Lev Zabolotov')?.evidence.some((e) => e.excerpt.includes('فاشلة'))).toBe(true);
  });

  it('Search over GET: "ترمب" finds Trump', async () => {
    const { search } = await viaGet.request(SearchDocument, { query: 'ترمب', kinds: ['ACTOR'] });
    const first = search?.edges[0]?.node.subject;
    expect(first?.__typename === 'Person' && first.slug).toBe('donald-trump');
  });

  it('DatasetInfo: the dataset version', async () => {
    const { dataset } = await akhbar.request(DatasetInfoDocument);
    expect(dataset.contentHash).toMatch(/^sha256-/);
  });

  it('sends persisted documents by id over GET, with the same answer', async () => {
    const urls: string[] = [];
    const persisted = createAkhbarClient({
      endpoint: endpointUrl, method: 'GET', persisted: true, language: 'en',
      fetch: (input, init) => {
        urls.push(String(input));
        return fetch(input, init);
      },
    });
    const byId = await persisted.request(EventDetailDocument, { slug: 'expected-trump-putin-meeting' });
    const byText = await english.request(EventDetailDocument, { slug: 'expected-trump-putin-meeting' });
    expect(byId).toEqual(byText);
    expect(urls[0]).toMatch(/documentId=sha256%3A[0-9a-f]{64}/);
    expect(urls[0]).not.toMatch(/query=/);
  });

  it('throws an AkhbarError carrying the error code', async () => {
    const error = await akhbar.request(SearchDocument, { query: '   ' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AkhbarError);
    expect((error as AkhbarError).code).toBe('BAD_USER_INPUT');
  });
});
