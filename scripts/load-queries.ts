/**
 * Operations for load: the realistic operations of `schema/operations/` with their variables, and
 * a query built to cost as much as the limit allows. Used by `npm run soak` and the load test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { operationCost } from '../src/http/cost.js';
import { defaultLimits } from '../src/http/limits.js';
import { projectRoot } from '../src/paths.js';
import { schema } from '../src/schema/index.js';

export interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const variables: Record<string, Record<string, unknown>> = {
  'ActorProfile.graphql': { slug: 'vladimir-putin' },
  'ArticlePage.graphql': { slug: 'witkoff-putin-talks-moscow' },
  'EventDetail.graphql': { slug: 'expected-trump-putin-meeting' },
  'Search.graphql': { query: 'بوتين' },
  'Timeline.graphql': { slug: 'witkoff-putin-talks-moscow' },
};

/** Every operation of `schema/operations/`, with variables that find data. */
export function realisticOperations(): Operation[] {
  const dir = join(projectRoot, 'schema', 'operations');
  return readdirSync(dir).sort().map((file) => ({ name: file.replace(/\.graphql$/, ''), query: readFileSync(join(dir, file), 'utf8'), variables: variables[file] }));
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
