import { printSubgraphSchema } from '@apollo/subgraph';
import { subgraphSchema } from './index.js';

/**
 * The subgraph's SDL as committed in `schema/subgraph.graphql`, and as `_service { sdl }` answers
 * it: the schema with its federation directives, without the federation plumbing (`_entities`,
 * `_service`, `_Any`), which is what composition reads.
 */
export function printSubgraphSDL(): string {
  return `${printSubgraphSchema(subgraphSchema)}\n`;
}
