/**
 * Vite builds the explorer (web/) into dist/web: one fingerprinted script and one stylesheet
 * next to index.html. `npm run build` runs it; the server (src/http/explorer.ts) serves the result
 * compressed and cached. The browser tests build into a temporary folder with this same config.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Every supported browser has module preload; the polyfill would be an inline script.
    modulePreload: { polyfill: false },
    // Everything is a file of its own: no data: URLs, so the page's CSP can stay strict.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
});
