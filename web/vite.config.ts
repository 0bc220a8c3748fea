/**
 * Vite builds the explorer (web/) into dist/web: one fingerprinted script and one stylesheet
 * next to index.html. `npm run build` runs it; the server (src/http/explorer.ts) serves the result
 * compressed and cached. The browser tests build into a temporary folder with this same config.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  plugins: [articleMeta()],
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
