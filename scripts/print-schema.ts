/**
 * `npm run schema:print`: writes the SDL of the schema to `schema/schema.graphql`, and that of the
 * federation subgraph to `schema/subgraph.graphql`. Both are build artefacts, committed so that
 * reviewers, SDK generators and supergraph composition can read them; tests fail when either
 * drifts from the code.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchemaSDL } from '../src/graphql/print.js';
import { printSubgraphSDL } from '../src/subgraph/print.js';

for (const [file, sdl] of [['schema.graphql', printSchemaSDL()], ['subgraph.graphql', printSubgraphSDL()]] as const) {
  const path = fileURLToPath(new URL(`../schema/${file}`, import.meta.url));
  writeFileSync(path, sdl);
  console.log(`wrote ${path.split('/').slice(-2).join('/')}`);
}
