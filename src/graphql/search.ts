import { builder } from './builder.js';
import { type Dataset, listOf } from '../data/dataset.js';
import { badUserInput } from '../errors.js';
import { LanguageEnum, SearchHitKindEnum } from './enums.js';
import { paginate } from './pagination.js';
import {
  ClaimRef, EventRef, ExpertOpinionRef, GroupRef, OrganizationRef, ParagraphRef, PersonRef, PlaceRef, QuoteRef,
  ParagraphRangeRef, SearchHitConnection, SearchHitRef, SourceSpanRef, TextRangeRef,
  typenameOf,
} from './refs.js';

const MAX_QUERY_LENGTH = 200;

interface SearchFilterArgs {
  articles?: readonly string[] | null;
  actors?: readonly string[] | null;
  from?: string | null;
  to?: string | null;
}

/** The record ids an actor is involved in, as search's `actors` filter reads it. */
function involving(dataset: Dataset, actorId: string): string[] {
  return [
    actorId,
    ...listOf(dataset.participationsOfActor, actorId).map((p) => p.event.id),
    ...listOf(dataset.eventsAtPlace, actorId).map((e) => e.id),
    ...listOf(dataset.quotesBySpeaker, actorId).map((q) => q.id),
    ...listOf(dataset.claimsByClaimant, actorId).map((c) => c.id),
    ...listOf(dataset.claimsAboutActor, actorId).map((c) => c.id),
    ...listOf(dataset.opinionsByExpert, actorId).map((o) => o.id),
    ...listOf(dataset.mentionsOfActor, actorId).map((m) => m.span.paragraphId),
  ];
}

/** Which search documents the filters keep (undefined: all); unknown slugs and a reversed range are client errors. */
function searchFilter(dataset: Dataset, args: SearchFilterArgs): ((doc: number) => boolean) | undefined {
  const { articles, actors, from, to } = args;
  if (!articles && !actors && from == null && to == null) return undefined;
  if (from != null && to != null && from > to) throw badUserInput('from', `\`from\` (${from}) must not be after \`to\` (${to}).`);
  const slugs = (name: 'articles' | 'actors', list: readonly string[], table: Dataset['articles'] | Dataset['actors']) => list.map((slug) => {
    const record = table.bySlug.get(slug);
    if (!record) throw badUserInput(name, `\`${name}\`: nothing has the slug "${slug}"; use a \`slug\` from the ${name} list.`);
    return record.id;
  });
  const inArticles = articles ? new Set(slugs('articles', articles, dataset.articles)) : undefined;
  const ofActors = actors ? new Set(slugs('actors', actors, dataset.actors).flatMap((id) => involving(dataset, id))) : undefined;
  const corpus = dataset.searchCorpus;
  return (doc) => {
    const { record } = corpus.subject(doc);
    if (ofActors && !ofActors.has(record.id)) return false;
    if (!inArticles && from == null && to == null) return true;
    const article = 'articleId' in record ? dataset.articles.ref(record.articleId) : dataset.articleOfParagraph.get(record.id);
    if (!article) return false;
    return (!inArticles || inArticles.has(article.id)) && (from == null || article.publishedOn >= from) && (to == null || article.publishedOn <= to);
  };
}

const SearchSubject = builder.unionType('SearchSubject', {
  description: 'A record that search can find.',
  resolveType: (value) => typenameOf(value),
  types: [PersonRef, OrganizationRef, PlaceRef, GroupRef, EventRef, QuoteRef, ClaimRef, ExpertOpinionRef, ParagraphRef],
});

SearchHitRef.implement({
  description: 'A record that matches a search, with a highlighted snippet of the text that matched.',
  fields: (t) => ({
    kind: t.field({ type: SearchHitKindEnum, description: 'The kind of record.', resolve: (h) => h.subject.kind }),
    score: t.exposeFloat('score', { description: 'Relevance: higher is better. Only meaningful for comparing hits of one search.' }),
    subject: t.field({ type: SearchSubject, description: 'The record that matched.', resolve: (h) => h.subject.record }),
    language: t.field({ type: LanguageEnum, description: 'The language of the text that matched (and of `snippet`).', resolve: (h) => h.language }),
    snippet: t.exposeString('snippet', { description: 'A window of the matching text; "…" marks where it was cut.' }),
    highlights: t.field({
      type: [TextRangeRef],
      description: 'The matched words in `snippet` (UTF-16 code units, end exclusive).',
      resolve: (h) => h.highlights,
    }),
    matchedSpan: t.field({
      type: SourceSpanRef,
      nullable: true,
      description: 'Where the first matched word stands in the article, when the match is in the article\'s own Arabic text (a paragraph or a quote); null otherwise.',
      resolve: (h) => h.matchedSpan ?? null,
    }),
    paragraphMatches: t.field({
      type: [ParagraphRangeRef],
      description: 'For a PARAGRAPH hit, every word of the paragraph that matches the query, in both its texts: the Arabic ranges (of `text(language: AR)`), then the English ones (of `text(language: EN)`), each in reading order; `language` says which text a range is in. Empty for other kinds. For a search box that steps through the matches in the text.',
      resolve: (h) => h.paragraphMatches,
    }),
  }),
});

builder.queryFields((t) => ({
  search: t.connection({
    nullable: true,
    type: SearchHitRef,
    description: 'Full-text search across actors, events, quotes, claims, expert opinions and paragraphs of every article, in Arabic and English, best match first, optionally narrowed to articles, actors or publication dates. Arabic is normalised: diacritics and tatweel are ignored, alef, ta marbuta, alef maqsura and hamza forms are folded, and the prefixes و ف ب ل ك ال are optional ("بناء" finds "بنّاء", "الكرملين" finds "والكرملين"). Every word of the query must match.',
    args: {
      query: t.arg.string({ required: true, description: `The words to look for (1 to ${MAX_QUERY_LENGTH} characters).` }),
      kinds: t.arg({ type: [SearchHitKindEnum], required: false, description: 'Only hits of these kinds (all kinds when absent).' }),
      articles: t.arg.stringList({ required: false, description: 'Only hits in one of the articles with these slugs (actors, which belong to no article, are left out).' }),
      actors: t.arg.stringList({ required: false, description: 'Only hits involving one of the actors with these slugs: the actor itself, events it takes part in or that take place there, its quotes, claims by or about it, its expert opinions, paragraphs that mention it.' }),
      from: t.arg({ type: 'Date', required: false, description: 'Only hits in articles published on or after this day (ISO 8601 date); actors are left out.' }),
      to: t.arg({ type: 'Date', required: false, description: 'Only hits in articles published on or before this day (ISO 8601 date); actors are left out.' }),
    },
    resolve: (_root, args, ctx) => {
      const query = args.query.trim();
      if (query.length === 0 || query.length > MAX_QUERY_LENGTH)
        throw badUserInput('query', `\`query\` must have 1 to ${MAX_QUERY_LENGTH} characters (got ${query.length}).`);
      if (ctx.dataset.searchIndex.wordCount(query) === 0)
        throw badUserInput('query', '`query` has no letters or digits to search for.');
      return paginate(args, ctx.dataset.searchIndex.search(query, {
        kinds: args.kinds ? new Set(args.kinds) : undefined,
        accept: searchFilter(ctx.dataset, args),
      }));
    },
  }, SearchHitConnection),
}));
