import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { hasChromium, launchChromium } from '../helpers/browser.js';
import { startServer } from '../helpers/server.js';

const outputDir = join(projectRoot, 'test-output');

describe.skipIf(!hasChromium)('GraphiQL in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let origin: string;
  let close: () => Promise<void>;
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    const server = await startServer();
    origin = server.url;
    close = server.close;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await page.goto(`${origin}/graphql`, { waitUntil: 'load', timeout: 90_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  it('renders the editor with the example query', async () => {
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 30_000 }).toContain('ArticleGraph');
  });

  it('runs the example query and shows article data', async () => {
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.innerText(), { timeout: 30_000 }).toContain('2025-08-08');
    const text = await response.innerText();
    expect(text).toContain('publishedOn');
    expect(text).toContain('participants');
    mkdirSync(outputDir, { recursive: true });
    await page.screenshot({ path: join(outputDir, 'graphiql.png') });
  });

  it('opens the documentation explorer on Article', async () => {
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const explorer = page.locator('.graphiql-doc-explorer');
    await explorer.waitFor({ timeout: 10_000 });
    await explorer.getByText('Query', { exact: true }).first().click();
    await explorer.locator('a.graphiql-doc-explorer-field-name', { hasText: /^article$/ }).first().click();
    await explorer.locator('a.graphiql-doc-explorer-type-name', { hasText: /^Article$/ }).first().click();
    await expect.poll(() => explorer.locator('.graphiql-doc-explorer-title').innerText(), { timeout: 10_000 }).toBe('Article');
    await expect.poll(() => explorer.innerText()).toContain('A news article, split into sections');
    await page.screenshot({ path: join(outputDir, 'graphiql-docs.png') });
  });

  it('made no request to any host but the service, and logged no error', () => {
    expect(requests.length).toBeGreaterThan(3);
    const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(foreign).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
