import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index.js';

/** The schema's SDL as committed in `schema/schema.graphql`: types sorted by name, so diffs stay small. */
export function printSchemaSDL(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
