/** The operations of schema/operations with variables to run them, for the client tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths.js';

const ARTICLE = 'witkoff-putin-talks-moscow';

const variables: Record<string, Record<string, unknown>> = {
  ArticlePage: { slug: ARTICLE },
  Timeline: { slug: ARTICLE },
  ActorProfile: { slug: 'vladimir-putin', first: 50 },
  EventDetail: { slug: ARTICLE },
  Search: { query: 'بوتين' },
  CorpusSearch: { query: 'بوتين', actors: ['vladimir-putin'] },
  ActorAcrossCorpus: { slug: 'vladimir-putin' },
  EventsBetween: { from: '2025-08-01', to: '2025-08-31' },
  ExpertOpinions: {},
  DatasetInfo: {},
};

export interface Operation { name: string; source: string; variables: Record<string, unknown> }

/** Every operation, with the variables it runs with (the explorer's take the article and a language). */
export const operations: Operation[] = readdirSync(join(projectRoot, 'schema', 'operations'))
  .filter((f) => f.endsWith('.graphql')).sort()
  .map((f) => {
    const name = f.replace(/\.graphql$/, '');
    const source = readFileSync(join(projectRoot, 'schema', 'operations', f), 'utf8');
    return { name, source, variables: variables[name] ?? { slug: ARTICLE, language: 'EN' } };
  });
