/**
 * Vite builds the explorer (web/) into dist/web: one fingerprinted script and one stylesheet
 * next to index.html. `npm run build` runs it; the server (src/http/static/explorer.ts) serves the result
 * compressed and cached. The browser tests build into a temporary folder with this same config.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { defineConfig, type Plugin } from 'vite';

/** The article the page opens on (web/src/main.ts's default). */
const DEFAULT_ARTICLE = 'witkoff-putin-talks-moscow';

interface Text { ar: string; en: string }

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The default article's headline as the page's <title>, with Open Graph tags and a JSON-LD
 * NewsArticle, written into index.html at build time from data/: link previews and search engines
 * read the HTML without running the script. (The page sets its title again in the language shown.)
 * JSON-LD is a data block, never executed, so the CSP's script-src 'self' does not concern it.
 */
function articleMeta(): Plugin {
  const read = <T>(table: string): T[] => JSON.parse(readFileSync(fileURLToPath(new URL(`../data/${table}.json`, import.meta.url)), 'utf8')) as T[];
  return {
    name: 'akhbar-article-meta',
    transformIndexHtml(html) {
      const article = read<{ slug: string; headline: Text; publishedOn: string; publisherId: string; datelinePlaceId: string; sourceNote: Text }>('articles').find((a) => a.slug === DEFAULT_ARTICLE);
      if (!article) return html;
      const actors = read<{ id: string; name: Text }>('actors');
      const publisher = actors.find((a) => a.id === article.publisherId)?.name;
      const dateline = actors.find((a) => a.id === article.datelinePlaceId)?.name;
      const jsonLd = {
        '@context': 'https://schema.org', '@type': 'NewsArticle', headline: article.headline.ar, alternativeHeadline: article.headline.en,
        inLanguage: 'ar', datePublished: article.publishedOn, dateline: dateline?.ar,
        publisher: publisher && { '@type': 'Organization', name: publisher.ar, alternateName: publisher.en },
        description: article.sourceNote.ar,
      };
      const meta = [
        `<meta name="description" content="${escape(article.headline.en)}" />`,
        '<meta property="og:type" content="article" />',
        `<meta property="og:title" content="${escape(article.headline.ar)}" />`,
        `<meta property="og:description" content="${escape(article.sourceNote.ar)}" />`,
        '<meta property="og:locale" content="ar_AR" />',
        '<meta property="og:locale:alternate" content="en_GB" />',
        '<meta property="og:site_name" content="أخبار · Akhbar" />',
        `<meta property="article:published_time" content="${article.publishedOn}" />`,
        `<script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script>`,
      ].filter(Boolean).join('\n    ');
      return html.replace(/<title>[^<]*<\/title>/, `<title>${escape(article.headline.ar)}</title>\n    ${meta}`);
    },
  };
}

const range = (from: number, to: number) => String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i));

/**
 * Noto Naskh Arabic, cut down to what an Arabic news page needs. Fontsource's Arabic file (53 KB)
 * covers every Arabic-script language and the presentation forms; the Arabic block's letters up to
 * U+06D3 (Arabic, with the Persian and Urdu letters foreign names use), the digits and punctuation,
 * and the joiners and direction marks keep 20 KB. The Latin file keeps ASCII, Latin-1 and general
 * punctuation (digits and Latin words inside Arabic text). harfbuzz keeps every glyph the kept
 * characters shape into. The files are made at build time, from the package, into a cache.
 */
const FONT_SUBSETS = {
  'naskh-arabic.woff2': { file: 'arabic', text: range(0x0600, 0x06d3) + range(0x200c, 0x200f) },
  'naskh-latin.woff2': { file: 'latin', text: range(0x20, 0x7e) + range(0xa0, 0xff) + range(0x2010, 0x2027) + range(0x2030, 0x203a) },
} as const;
const fontDir = fileURLToPath(new URL('../node_modules/.cache/akhbar-fonts/', import.meta.url));

function fontSubsets(): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: 'akhbar-font-subsets',
    async buildStart() {
      mkdirSync(fontDir, { recursive: true });
      for (const [name, { file, text }] of Object.entries(FONT_SUBSETS)) {
        const source = readFileSync(require.resolve(`@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-${file}-400-normal.woff2`));
        // Written aside and renamed: a build running at the same time never reads half a file.
        const partial = `${fontDir}${name}.${process.pid}.tmp`;
        writeFileSync(partial, await subsetFont(source, text, { targetFormat: 'woff2' }));
        renameSync(partial, fontDir + name);
      }
    },
  };
}

const preloadHelper = '\0vite/preload-helper.js';

/**
 * The page's lazy chunks (the search box's behaviour, web/src/search.ts) import only the entry
 * chunk, which is already loaded, and no stylesheet: Vite's preload helper (about 600 bytes with
 * brotli, a tenth of the first view's headroom) would have nothing to preload. So a dynamic import
 * is just `import()`, and the build fails if a lazy chunk ever needs something preloaded.
 */
function plainDynamicImports(): Plugin {
  return {
    name: 'akhbar-plain-dynamic-imports',
    enforce: 'pre',
    resolveId: (id) => (id.endsWith('vite/preload-helper.js') ? preloadHelper : undefined),
    load: (id) => (id === preloadHelper ? 'export const __vitePreload = (load) => load();' : undefined),
    generateBundle(_, bundle) {
      const entries = Object.values(bundle).filter((c) => c.type === 'chunk' && c.isEntry).map((c) => c.fileName);
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isDynamicEntry) continue;
        const needs = [...chunk.imports.filter((f) => !entries.includes(f)), ...(chunk.viteMetadata?.importedCss ?? [])];
        if (needs.length) this.error(`${chunk.fileName} needs ${needs.join(', ')} preloaded; plainDynamicImports() cannot do it`);
      }
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  plugins: [fontSubsets(), articleMeta(), plainDynamicImports()],
  // The stylesheet's url("@akhbar-fonts/…") is a subset made by fontSubsets().
  resolve: { alias: [{ find: /^@akhbar-fonts\//, replacement: fontDir }] },
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
