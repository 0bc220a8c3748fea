/**
 * Every answer is byte-identical to the recorded one: the operations of schema/operations, in
 * Arabic and English, against tests/fixtures/recorded-answers.json (status, length, SHA-256).
 * A refactor must pass it unchanged; `npm run answers:record` records anew when a change of the
 * answers is intended.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerDigests, recordedAnswersFile } from '../scripts/record-answers.js';

describe('recorded answers', () => {
  it('every operation answers, byte for byte, as recorded', async () => {
    const recorded = JSON.parse(readFileSync(recordedAnswersFile, 'utf8')) as Record<string, string>;
    const now = await answerDigests();
    expect(Object.keys(now).length).toBeGreaterThanOrEqual(30);
    expect(now).toEqual(recorded);
  });
});
