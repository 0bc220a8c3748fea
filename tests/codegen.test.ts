import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';
import { projectRoot } from '../src/paths.js';

describe('the generated SDK', () => {
  it('is up to date with schema/ (run `npm run codegen` after changing the schema or an operation)', async () => {
    const outputs = await generate({ ...config, cwd: projectRoot, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs)
      expect(readFileSync(join(projectRoot, filename), 'utf8'), filename).toBe(content);
  }, 60_000);
});
