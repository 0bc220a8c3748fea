/**
 * The README's three explorer screenshots, taken again from the built page (`npm run build:web`
 * first): desktop Arabic, desktop English, a phone. `npm run screenshots` writes them into docs/.
 * Debian's Chromium (CHROMIUM_PATH overrides), never a downloaded browser.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { launchChromium } from '../tests/helpers/browser.js';
import { createRequestListener } from '../src/app.js';
import { projectRoot } from '../src/paths.js';

const shots = [
  // The Arabic page with Putin's card open, from the top: the summary strip and the highlighted text.
  { file: 'explorer-ar.png', width: 1440, height: 1000, query: '?select=actor:vladimir-putin', lang: 'ar', at: '#reader' },
  // The English page: highlights on the translation, the Arabic original under each paragraph,
  // Witkoff's card with each Arabic excerpt's English words.
  { file: 'explorer-en.png', width: 1440, height: 1000, query: '?lang=en&select=actor:steve-witkoff', lang: 'en', at: '#reader .eyebrow' },
  // A phone: Witkoff's card as a bottom sheet over the article.
  { file: 'explorer-phone.png', width: 390, height: 844, query: '?select=actor:steve-witkoff', lang: 'ar', at: undefined },
] as const;

async function main(): Promise<void> {
  const server = createServer(createRequestListener({ explorerDir: join(projectRoot, 'dist', 'web') }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  try {
    for (const shot of shots) {
      const phone = shot.width < 600;
      const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, hasTouch: phone, isMobile: phone });
      await page.goto(`${origin}/${shot.query}`);
      await page.locator(`body[data-ready="${shot.lang}"]`).waitFor({ timeout: 30_000 });
      await page.evaluate(() => document.fonts.ready);
      if (shot.at) await page.evaluate((selector) => document.querySelector(selector)?.scrollIntoView(), shot.at);
      await page.screenshot({ path: join(projectRoot, 'docs', shot.file) });
      console.log(`docs/${shot.file}`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}

await main();
