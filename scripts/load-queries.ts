/**
 * Operations for load: the realistic operations of `schema/operations/` with their variables, and
 * a query built to cost as much as the limit allows. Used by `npm run soak`, the response cache's
 * tests and the load test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { operationCost } from '../src/http/guards/cost.js';
import { defaultLimits } from '../src/http/guards/limits.js';
import { projectRoot } from '../src/paths.js';
import { schema } from '../src/graphql/index.js';

export interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const ARTICLE = 'witkoff-putin-talks-moscow';

/**
 * The variables each operation of `schema/operations/` runs with, by operation name: values that
 * find data. One table for every client that runs them all (soak, tests); an operation with no
 * required variable may be left out.
 */
export const operationVariables: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  ActorProfile: { slug: 'vladimir-putin' },
  ArticlePage: { slug: ARTICLE },
  EventDetail: { slug: 'expected-trump-putin-meeting' },
  // The explorer's operations all take the article's slug and the language of its texts; the
  // English page also asks for glosses (`gloss`), and its reader for ranges in the translation.
  ExplorerActors: { slug: ARTICLE, language: 'AR' },
  ExplorerArticle: { slug: ARTICLE, language: 'EN' },
  ExplorerOpinions: { slug: ARTICLE, language: 'AR' },
  ExplorerStatements: { slug: ARTICLE, language: 'AR' },
  ExplorerTimeline: { slug: ARTICLE, language: 'EN', gloss: true },
  // The search box: the article's slug and what was typed (no language: it gets both texts' matches).
  ExplorerSearch: { slug: ARTICLE, query: 'بوتين' },
  Search: { query: 'بوتين' },
  CorpusSearch: { query: 'بوتين', actors: ['vladimir-putin'], from: '2025-01-01' },
  ActorAcrossCorpus: { slug: 'vladimir-putin', from: '2025-08-01' },
  Timeline: { slug: ARTICLE },
};

/** The variables an operation cannot run without: non-null and without a default. */
function requiredVariables(query: string): string[] {
  return parse(query).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? d.variableDefinitions ?? [] : []))
    .filter((v) => v.type.kind === Kind.NON_NULL_TYPE && v.defaultValue === undefined)
    .map((v) => v.variable.name.value);
}

/**
 * Every operation of `schema/operations/`, with its variables from `operationVariables`. Throws
 * when an operation needs a variable the table does not give it, so that a new operation cannot
 * make every request of its kind fail.
 */
export function realisticOperations(): (Operation & { variables: Record<string, unknown> })[] {
  const dir = join(projectRoot, 'schema', 'operations');
  return readdirSync(dir).filter((file) => file.endsWith('.graphql')).sort().map((file) => {
    const name = file.replace(/\.graphql$/, '');
    const query = readFileSync(join(dir, file), 'utf8');
    const variables = { ...operationVariables[name] };
    const missing = requiredVariables(query).filter((v) => !(v in variables));
    if (missing.length) throw new Error(`${file} needs $${missing.join(', $')}: give it values in operationVariables (scripts/load-queries.ts)`);
    return { name, query, variables };
  });
}

/**
 * A query whose estimated cost is as close to `maxCost` as aliases of one article page get: the
 * most expensive query the service accepts, doing real work (every section, paragraph and
 * annotation of the article, many times over).
 */
export function maxCostQuery(maxCost = defaultLimits.maxCost): Operation & { cost: number } {
  const fragment = `fragment Page on Article {
    sections { heading { text } paragraphs { text { ar en } annotations { kind span { start end excerpt } subject { __typename } } } }
  }`;
  const one = operationCost(schema, parse(`{ article(slug: "witkoff-putin-talks-moscow") { ...Page } } ${fragment}`), undefined, {})!.cost;
  const n = Math.max(1, Math.floor(maxCost / one));
  const query = `{ ${Array.from({ length: n }, (_, i) => `a${i}: article(slug: "witkoff-putin-talks-moscow") { ...Page }`).join(' ')} } ${fragment}`;
  return { name: 'MaxCost', query, cost: operationCost(schema, parse(query), undefined, {})!.cost };
}
