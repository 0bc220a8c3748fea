/**
 * `npm run schema:print`: writes the SDL of the schema to `schema/schema.graphql`. The file is a
 * build artefact, committed so that reviewers and SDK generators can read it; a test fails when it
 * drifts from the code.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchemaSDL } from '../src/schema/print.js';

const path = fileURLToPath(new URL('../schema/schema.graphql', import.meta.url));
writeFileSync(path, printSchemaSDL());
console.log(`wrote ${path.split('/').slice(-2).join('/')}`);
