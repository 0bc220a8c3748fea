import { builder } from './builder.js';
import { badUserInput } from '../errors.js';
import { LanguageEnum, SearchHitKindEnum } from './enums.js';
import { paginate } from './pagination.js';
import {
  ClaimRef, EventRef, ExpertOpinionRef, GroupRef, OrganizationRef, ParagraphRef, PersonRef, PlaceRef, QuoteRef,
  SearchHitConnection, SearchHitRef, SourceSpanRef, TextRangeRef,
  typenameOf,
} from './refs.js';

const MAX_QUERY_LENGTH = 200;

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
  }),
});

builder.queryFields((t) => ({
  search: t.connection({
    nullable: true,
    type: SearchHitRef,
    description: 'Full-text search across actors, events, quotes, claims, expert opinions and paragraphs, in Arabic and English, best match first. Arabic is normalised: diacritics and tatweel are ignored, alef, ta marbuta, alef maqsura and hamza forms are folded, and the prefixes و ف ب ل ك ال are optional ("بناء" finds "بنّاء", "الكرملين" finds "والكرملين"). Every word of the query must match.',
    args: {
      query: t.arg.string({ required: true, description: `The words to look for (1 to ${MAX_QUERY_LENGTH} characters).` }),
      kinds: t.arg({ type: [SearchHitKindEnum], required: false, description: 'Only hits of these kinds (all kinds when absent).' }),
    },
    resolve: (_root, args, ctx) => {
      const query = args.query.trim();
      if (query.length === 0 || query.length > MAX_QUERY_LENGTH)
        throw badUserInput('query', `\`query\` must have 1 to ${MAX_QUERY_LENGTH} characters (got ${query.length}).`);
      if (ctx.dataset.searchIndex.wordCount(query) === 0)
        throw badUserInput('query', '`query` has no letters or digits to search for.');
      return paginate(args, ctx.dataset.searchIndex.search(query, args.kinds ? new Set(args.kinds) : undefined));
    },
  }, SearchHitConnection),
}));
