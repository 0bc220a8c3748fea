/**
 * The page's data: five typed queries from schema/operations (see src/generated), fetched through
 * the SDK's client, and the indexes the views share. No response type here is written by hand:
 * each is picked out of the generated query types.
 */
import { createAkhbarClient } from '../../src/client/index.js';
import {
  ExplorerActorsDocument, ExplorerArticleDocument, ExplorerOpinionsDocument, ExplorerStatementsDocument, ExplorerTimelineDocument,
  type ExplorerActorsQuery, type ExplorerArticleQuery, type ExplorerOpinionsQuery, type ExplorerStatementsQuery,
  type ExplorerTimelineQuery, type ParticipantRole,
} from '../../src/generated/graphql.js';
import type { HighlightKind, Lang } from './i18n.js';

type Article = NonNullable<ExplorerArticleQuery['article']>;
export type Paragraph = Article['sections'][number]['paragraphs'][number];
export type Annotation = NonNullable<Paragraph['annotations']>[number];
export type TimelineEntry = NonNullable<ExplorerTimelineQuery['article']>['timeline'][number];
export type EventData = TimelineEntry['event'];
export type Actor = NonNullable<NonNullable<ExplorerActorsQuery['article']>['actors']>['nodes'][number];
type Statements = NonNullable<ExplorerStatementsQuery['article']>;
export type Quote = NonNullable<Statements['quotes']>['nodes'][number];
export type Claim = NonNullable<Statements['claims']>['nodes'][number];
type Opinion = NonNullable<NonNullable<ExplorerOpinionsQuery['article']>['expertOpinions']>['nodes'][number];
/**
 * Evidence: a range of one paragraph's Arabic text (UTF-16 offsets, end exclusive), and on the
 * English page where its words stand in the paragraph's translation (`translation`).
 */
export type Span = EventData['evidence'][number];

/** What can be selected, and so shown in the details card. */
export type Selection = { type: 'actor' | 'event' | 'quote' | 'claim'; id: string };

export interface Model {
  readonly lang: Lang;
  readonly article: Article;
  readonly timeline: readonly TimelineEntry[];
  readonly actors: ReadonlyMap<string, Actor>;
  readonly events: ReadonlyMap<string, EventData>;
  readonly quotes: ReadonlyMap<string, Quote>;
  readonly claims: ReadonlyMap<string, Claim>;
  readonly opinions: readonly Opinion[];
  readonly paragraphs: ReadonlyMap<string, Paragraph>;
  /** Each actor's mentions in the text, in reading order. */
  readonly mentions: ReadonlyMap<string, Span[]>;
  /** Each actor's part in events, in chronological order. */
  readonly participations: ReadonlyMap<string, { event: EventData; roles: readonly ParticipantRole[] }[]>;
}

/** The annotation kinds the reader highlights (ExplorerArticle asks for exactly these). */
export function highlightKind(annotation: Annotation): HighlightKind | undefined {
  const kind = annotation.kind;
  return kind === 'ROLE' || kind === 'EVENT_RELATION' || kind === 'EXPERT_OPINION' ? undefined : kind;
}

/** What clicking an annotation opens: a mention opens its actor. */
export function target(annotation: Annotation): Selection | undefined {
  const subject = annotation.subject;
  switch (subject.__typename) {
    case 'Mention': return { type: 'actor', id: subject.actor.id };
    case 'Event': return { type: 'event', id: subject.id };
    case 'Quote': return { type: 'quote', id: subject.id };
    case 'Claim': return { type: 'claim', id: subject.id };
    default: return undefined;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** On the English page, where an annotation's Arabic words stand in the translation (its `range`). */
function translationOf(lang: Lang, paragraph: Paragraph, annotation: Annotation): Span['translation'] {
  if (lang !== 'en') return undefined;
  const { start, end } = annotation.range;
  return { start, end, excerpt: paragraph.text.text.slice(start, end) };
}

export async function loadModel(lang: Lang, slug: string, endpoint = new URL('/graphql', location.href).href): Promise<Model> {
  const akhbar = createAkhbarClient({ endpoint, language: lang });
  // The language as an argument too: a cache (the browser's, a CDN's) keys on the URL.
  const vars = { slug, language: lang === 'en' ? 'EN' : 'AR' } as const;
  // English readers get each Arabic excerpt's English words; the Arabic page does not pay for them.
  const glossed = { ...vars, gloss: lang === 'en' };
  const [a, t, ac, st, op] = await Promise.all([
    akhbar.request(ExplorerArticleDocument, vars),
    akhbar.request(ExplorerTimelineDocument, glossed),
    akhbar.request(ExplorerActorsDocument, glossed),
    akhbar.request(ExplorerStatementsDocument, glossed),
    akhbar.request(ExplorerOpinionsDocument, glossed),
  ]);
  if (!a.article || !t.article || !ac.article || !st.article || !op.article) throw new Error(`no article "${slug}"`);

  const paragraphs = new Map<string, Paragraph>();
  const mentions = new Map<string, Span[]>();
  for (const section of a.article.sections)
    for (const paragraph of section.paragraphs) {
      paragraphs.set(paragraph.id, paragraph);
      for (const annotation of paragraph.annotations ?? [])
        if (annotation.subject.__typename === 'Mention')
          push(mentions, annotation.subject.actor.id, { ...annotation.span, paragraph: { id: paragraph.id }, translation: translationOf(lang, paragraph, annotation) });
    }

  const participations = new Map<string, { event: EventData; roles: readonly ParticipantRole[] }[]>();
  for (const { event } of t.article.timeline)
    for (const p of event.participants) push(participations, p.actor.id, { event, roles: p.roles });

  return {
    lang,
    article: a.article,
    timeline: t.article.timeline,
    actors: new Map((ac.article.actors?.nodes ?? []).map((x) => [x.id, x])),
    events: new Map(t.article.timeline.map((e) => [e.event.id, e.event])),
    quotes: new Map((st.article.quotes?.nodes ?? []).map((q) => [q.id, q])),
    claims: new Map((st.article.claims?.nodes ?? []).map((c) => [c.id, c])),
    opinions: op.article.expertOpinions?.nodes ?? [],
    paragraphs,
    mentions,
    participations,
  };
}
