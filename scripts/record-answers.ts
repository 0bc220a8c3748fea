/**
 * `npm run answers:record`: records the SHA-256 of the answer to every operation of
 * schema/operations (with the variables soak sends it), in Arabic and English, into
 * tests/fixtures/recorded-answers.json. tests/recorded-answers.test.ts replays them and fails on
 * any byte that changed: a refactor must leave every answer as it was. Record again only when a
 * change of the answers is intended (a data correction, a schema change), and say so in the commit.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../src/app.js';
import { projectRoot } from '../src/paths.js';
import { realisticOperations } from './load-queries.js';

export const recordedAnswersFile = join(projectRoot, 'tests', 'fixtures', 'recorded-answers.json');

/** Every operation's answer, in each language, as `{ "<name> <language>": "<bytes> <sha256>" }`. */
export async function answerDigests(): Promise<Record<string, string>> {
  const app = createApp();
  const out: Record<string, string> = {};
  for (const op of realisticOperations())
    for (const language of ['ar', 'en']) {
      const res = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'accept-language': language },
        body: JSON.stringify({ query: op.query, variables: op.variables }),
      });
      const body = Buffer.from(await res.arrayBuffer());
      out[`${op.name} ${language}`] = `${res.status} ${body.length} ${createHash('sha256').update(body).digest('hex')}`;
    }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(recordedAnswersFile, `${JSON.stringify(await answerDigests(), null, 2)}\n`);
  console.log(`wrote ${recordedAnswersFile}`);
}
