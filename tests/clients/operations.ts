/**
 * The operations of schema/operations with variables to run them, for the client tests: the
 * variables `npm run soak` sends (scripts/load-queries.ts), with the client tests' own choices on
 * top (a larger page of the actor's quotes, the talks' event, the explorer in English).
 */
import { realisticOperations } from '../../scripts/load-queries.js';

const ARTICLE = 'witkoff-putin-talks-moscow';

const overrides: Record<string, Record<string, unknown>> = {
  ActorProfile: { first: 50 },
  EventDetail: { slug: ARTICLE },
};

export interface Operation { name: string; source: string; variables: Record<string, unknown> }

/** Every operation, with the variables it runs with. */
export const operations: Operation[] = realisticOperations().map(({ name, query, variables }) => ({
  name,
  source: query,
  variables: { ...variables, ...overrides[name], ...(name.startsWith('Explorer') ? { language: 'EN' } : {}) },
}));
