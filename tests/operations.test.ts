import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';
import { schema } from '../src/graphql/index.js';
import { query } from './helpers/graphql.js';

const dir = join(projectRoot, 'schema', 'operations');
const read = (name: string) => readFileSync(join(dir, `${name}.graphql`), 'utf8');

const SLUG = 'witkoff-putin-talks-moscow';

/** Every operation in schema/operations, the variables it runs with, and what its answer must show. */
const cases: Record<string, { variables?: Record<string, unknown>; language?: string; check: (data: any) => void }> = {
  ArticlePage: {
    variables: { slug: SLUG },
    check: (d) => {
      expect(d.article.sections).toHaveLength(3);
      const annotations = d.article.sections.flatMap((s: any) => s.paragraphs.flatMap((p: any) => p.annotations));
      expect(annotations.some((a: any) => a.kind === 'PERSON' && a.subject.actor?.slug === 'vladimir-putin')).toBe(true);
      for (const s of d.article.sections) for (const p of s.paragraphs) for (const a of p.annotations)
        expect(p.text.ar.slice(a.span.start, a.span.end)).toBe(a.span.excerpt);
    },
  },
  Timeline: {
    variables: { slug: SLUG },
    check: (d) => {
      const talks = d.article.timeline.find((e: any) => e.event.slug === 'witkoff-putin-talks-moscow');
      expect(talks.event).toMatchObject({ status: 'OCCURRED', duration: 'PT3H', place: { slug: 'moscow' } });
      expect(talks.event.date).toMatchObject({ value: '2025-08-08', bound: 'NOT_LATER_THAN', isInferred: true });
      const summit = d.article.timeline.find((e: any) => e.event.slug === 'expected-trump-putin-meeting');
      expect(summit.event.status).toBe('EXPECTED');
      expect(summit.event.date).toMatchObject({ precision: 'WEEK', value: '2025-W33' });
    },
  },
  ActorProfile: {
    variables: { slug: 'donald-trump' },
    check: (d) => {
      expect(d.actor).toMatchObject({ __typename: 'Person', kind: 'PERSON', name: { en: 'Donald Trump' } });
      expect(d.actor.aliases.map((a: any) => a.ar)).toContain('ترمب');
      expect(d.actor.quotes.nodes.some((q: any) => q.channel === 'SOCIAL_MEDIA' && q.text.text === 'مثمرا للغاية')).toBe(true);
      expect(d.actor.participations.totalCount).toBeGreaterThan(0);
    },
  },
  ExpertOpinions: {
    check: (d) => {
      expect(d.expertOpinions.totalCount).toBe(2);
      const stances = Object.fromEntries(d.expertOpinions.nodes.map((o: any) => [o.expert.slug, o.stance]));
      expect(Object.values(stances).sort()).toEqual(['MIXED', 'NEGATIVE']);
      for (const o of d.expertOpinions.nodes) {
        expect(o.reportedBy.slug).toBe('al-jazeera-net');
        expect(o.evidence.length).toBeGreaterThan(0);
      }
    },
  },
  Search: {
    variables: { query: 'بناء' },
    check: (d) => {
      const quote = d.search.edges.find((e: any) => e.node.kind === 'QUOTE');
      expect(quote.node.subject.text.text).toContain('بنّاء');
      expect(quote.node.matchedSpan.excerpt).toContain('بنّاء');
    },
  },
  EventDetail: {
    variables: { slug: 'expected-trump-putin-meeting' },
    check: (d) => {
      expect(d.event.participants.map((p: any) => p.actor.slug).sort()).toEqual(expect.arrayContaining(['donald-trump', 'vladimir-putin']));
      expect(d.event.date.isInferred).toBe(true);
      expect(d.event.date.basis.text.length).toBeGreaterThan(0);
      expect(d.event.relatedEvents.length).toBeGreaterThan(0);
    },
  },
  ExplorerArticle: {
    variables: { slug: SLUG, language: 'AR' },
    check: (d) => {
      const annotations = d.article.sections.flatMap((s: any) => s.paragraphs.flatMap((p: any) => p.annotations));
      expect(new Set(annotations.map((a: any) => a.kind))).toEqual(new Set(['PERSON', 'ORGANIZATION', 'PLACE', 'GROUP', 'EVENT', 'QUOTE', 'CLAIM']));
      const putin = annotations.find((a: any) => a.span.excerpt === 'بوتين');
      expect(putin.subject).toMatchObject({ __typename: 'Mention', actor: { slug: 'vladimir-putin', name: { text: 'فلاديمير بوتين' } } });
      for (const s of d.article.sections) for (const p of s.paragraphs) for (const a of p.annotations)
        expect(p.text.ar.slice(a.span.start, a.span.end)).toBe(a.span.excerpt);
    },
  },
  ExplorerTimeline: {
    variables: { slug: SLUG, language: 'EN' },
    language: 'en',
    check: (d) => {
      const bySlug = new Map(d.article.timeline.map((e: any) => [e.event.slug, e]));
      expect(bySlug.get('witkoff-putin-talks-moscow')).toMatchObject({ placement: 'DATED', event: { status: 'OCCURRED', duration: 'PT3H' } });
      expect(bySlug.get('expected-trump-putin-meeting')).toMatchObject({ earliest: '2025-08-11', latest: '2025-08-17', event: { status: 'EXPECTED' } });
      const relative = d.article.timeline.filter((e: any) => e.placement === 'RELATIVE');
      expect(relative.length).toBeGreaterThan(0);
      for (const e of relative) expect(e.placedBy.length).toBeGreaterThan(0);
      expect(d.article.timeline.map((e: any) => e.position)).toEqual(d.article.timeline.map((_: any, i: number) => i));
    },
  },
  ExplorerActors: {
    variables: { slug: SLUG, language: 'EN' },
    check: (d) => {
      const nodes = d.article.actors.nodes;
      expect(nodes).toHaveLength(d.article.actors.totalCount);
      const counts = nodes.map((a: any) => a.mentionCount);
      expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
      const trump = nodes.find((a: any) => a.slug === 'donald-trump');
      expect(trump.roles.some((r: any) => r.evidence.length > 0)).toBe(true);
    },
  },
  ExplorerStatements: {
    variables: { slug: SLUG, language: 'AR' },
    check: (d) => {
      expect(d.article.quotes.nodes).toHaveLength(d.article.quotes.totalCount);
      expect(d.article.claims.nodes).toHaveLength(d.article.claims.totalCount);
      const social = d.article.quotes.nodes.find((q: any) => q.channel === 'SOCIAL_MEDIA');
      expect(social.speaker.name.text).toBe('دونالد ترامب');
      for (const c of d.article.claims.nodes) expect(c.evidence.length).toBeGreaterThan(0);
    },
  },
  ExplorerSearch: {
    variables: { slug: SLUG, query: 'Putin بوتين' },
    check: (d) => {
      const hits = d.search.nodes;
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) {
        expect(hit.subject.__typename).toBe('Paragraph');
        expect(new Set(hit.paragraphMatches.map((m: any) => m.language))).toEqual(new Set(['AR', 'EN']));
      }
    },
  },
  ExplorerOpinions: {
    variables: { slug: SLUG, language: 'EN' },
    language: 'en',
    check: (d) => {
      expect(d.article.expertOpinions.totalCount).toBe(2);
      const byExpert = new Map(d.article.expertOpinions.nodes.map((o: any) => [o.expert.slug, o]));
      expect([...byExpert.values()].map((o: any) => o.stance).sort()).toEqual(['MIXED', 'NEGATIVE']);
      for (const o of byExpert.values() as Iterable<any>) {
        expect(o.credential.text.length).toBeGreaterThan(0);
        expect(o.claims.length).toBeGreaterThan(0);
        expect(o.evidence.length).toBeGreaterThan(0);
      }
    },
  },
  CorpusSearch: {
    variables: { query: 'بوتين', actors: ['vladimir-putin'], from: '2025-01-01', to: '2025-12-31', first: 5 },
    check: (d) => {
      expect(d.search.totalCount).toBeGreaterThan(5);
      expect(d.search.pageInfo.hasNextPage).toBe(true);
      for (const n of d.search.nodes) expect(n.subject.id).toEqual(expect.any(String));
      // A date range leaves out actors, which belong to no article.
      expect(d.search.nodes.some((n: any) => n.kind === 'ACTOR')).toBe(false);
    },
  },
  EventsBetween: {
    variables: { from: '2025-08-01', to: '2025-08-31' },
    check: (d) => {
      expect(d.events.totalCount).toBeGreaterThan(0);
      const days = d.events.nodes.map((e: any) => e.date.value);
      expect(days.length).toBe(d.events.totalCount);
      expect(d.events.nodes.every((e: any) => e.article.slug === SLUG)).toBe(true);
    },
  },
  ActorAcrossCorpus: {
    variables: { slug: 'vladimir-putin' },
    check: (d) => {
      expect(d.actor.id).toEqual(expect.any(String));
      expect(d.actor.events.totalCount).toBeGreaterThan(0);
      expect(d.actor.quotes.nodes.every((q: any) => q.article.slug === SLUG)).toBe(true);
    },
  },
  DatasetInfo: {
    check: (d) => {
      expect(d.dataset.contentHash).toMatch(/^sha256-[0-9a-f]{64}$/);
      expect(d.dataset.counts).toMatchObject({ articles: 1, paragraphs: 17, expertOpinions: 2 });
    },
  },
};

describe('schema/operations', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.graphql')).map((f) => f.replace(/\.graphql$/, '')).sort();

  it('has a test case for every operation file, and a file for every case', () => {
    expect(files).toEqual(Object.keys(cases).sort());
  });

  it.each(files)('%s is valid against the schema and named after its file', (name) => {
    const document = parse(read(name));
    expect(validate(schema, document)).toEqual([]);
    const ops = document.definitions.filter((d) => d.kind === 'OperationDefinition');
    expect(ops.map((o) => ('name' in o ? o.name?.value : undefined))).toEqual([name]);
  });

  it.each(files)('%s runs against the real dataset', async (name) => {
    const c = cases[name]!;
    c.check(await query(read(name), { variables: c.variables, language: c.language }));
  });
});
