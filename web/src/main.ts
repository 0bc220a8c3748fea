/**
 * The explorer's entry point: reads the view from the URL (`?lang=en&select=actor:vladimir-putin`),
 * loads the article through the typed SDK in that language, and lays out the page: the reader,
 * the timeline, the network and the expert opinions, with one details card beside them.
 * Switching language refetches with the other Accept-Language and flips the whole page's text and
 * direction (from LocalizedText.direction); the URL keeps both choices, so a link reproduces the view.
 */
import './styles.css';
import { renderDetails } from './details.js';
import { bidi, h } from './dom.js';
import { t, type Lang } from './i18n.js';
import { loadModel, type Model, type Selection } from './model.js';
import { renderNetwork } from './network.js';
import { renderOpinions } from './opinions.js';
import { renderPreview } from './preview.js';
import { renderReader } from './reader.js';
import { renderSummary } from './summary.js';
import { clearListeners, onSelect, select, selected } from './selection.js';
import { renderTimeline } from './timeline.js';

const DEFAULT_ARTICLE = 'witkoff-putin-talks-moscow';

interface View { lang: Lang; article: string; selection?: string }

function readView(): View {
  const params = new URLSearchParams(location.search);
  return {
    lang: params.get('lang') === 'en' ? 'en' : 'ar',
    article: params.get('article') ?? DEFAULT_ARTICLE,
    selection: params.get('select') ?? undefined,
  };
}

function viewUrl(view: View): string {
  const params = new URLSearchParams();
  if (view.lang !== 'ar') params.set('lang', view.lang);
  if (view.article !== DEFAULT_ARTICLE) params.set('article', view.article);
  if (view.selection) params.set('select', view.selection);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}

/** Selections travel in the URL by slug, the stable key: `actor:vladimir-putin`. */
function toKey(model: Model, selection: Selection | undefined): string | undefined {
  if (!selection) return undefined;
  const table = { actor: model.actors, event: model.events, quote: model.quotes, claim: model.claims }[selection.type];
  const record = table.get(selection.id);
  return record && `${selection.type}:${record.slug}`;
}

function fromKey(model: Model, key: string | undefined): Selection | undefined {
  const [type, slug] = key?.split(':') ?? [];
  const tables = { actor: model.actors, event: model.events, quote: model.quotes, claim: model.claims } as const;
  if (!type || !(type in tables)) return undefined;
  for (const record of tables[type as keyof typeof tables].values())
    if (record.slug === slug) return { type: type as Selection['type'], id: record.id };
  return undefined;
}

const models = new Map<Lang, Promise<Model>>();
let view = readView();

/** The page's language and direction, and its title: the article's headline, then the site's name. */
function setDocument(model: Model): void {
  document.documentElement.lang = model.lang;
  document.documentElement.dir = model.article.headline.direction === 'RTL' ? 'rtl' : 'ltr';
  document.title = `${model.article.headline.text} · ${t(model.lang, 'title')}`;
}

function shell(model: Model): HTMLElement[] {
  const { lang } = model;
  const other: Lang = lang === 'ar' ? 'en' : 'ar';
  const switcher = h('a', {
    class: 'lang-switch', 'data-key': 'lang-switch', href: viewUrl({ ...view, lang: other }), hreflang: other, lang: other, title: t(lang, 'switchLabel'),
    onclick: (event) => {
      event.preventDefault();
      view = { ...view, lang: other };
      history.pushState(null, '', viewUrl(view));
      void show(capturePlace());
    },
  }, t(lang, 'switchTo'));
  const reader = renderReader(model, (from) => details.focusCard(from), renderSummary(model));
  const ctx = { model, showEvidence: reader.showEvidence };
  const details = renderDetails(ctx, (selection) => new URL(viewUrl({ ...view, lang, selection: toKey(model, selection) }), location.href).href);
  const sections = [['reader', 'reader'], ['timeline', 'timeline'], ['network', 'network'], ['opinions', 'opinions']] as const;
  return [
    h('a', { class: 'skip', href: '#reader' }, t(lang, 'skip')),
    h('header', { class: 'site-header' },
      h('p', { class: 'brand' }, t(lang, 'title')),
      h('nav', { 'aria-label': t(lang, 'nav') },
        h('ul', {}, sections.map(([id, key]) => h('li', { class: 'section-link' }, h('a', { href: `#${id}` }, t(lang, key)))),
          h('li', { class: 'section-link' }, h('a', { href: '/graphql' }, bidi(lang, t(lang, 'graphiql')))),
          h('li', {}, switcher)))),
    h('div', { class: 'layout' },
      h('main', { id: 'main' }, reader.element, renderTimeline(model), renderNetwork(model), renderOpinions(ctx)),
      details.element),
    h('footer', { class: 'site-footer' }, h('p', {}, bidi(lang, t(lang, 'footer')))),
    renderPreview(model),
  ];
}

/** Where the reader is: the first anchored block still on screen, and the focused control. */
interface Place { anchor?: string; top?: number; focus?: string }

function capturePlace(): Place {
  const focus = document.activeElement?.closest<HTMLElement>('[data-key]')?.dataset.key;
  if (window.scrollY < 1) return { focus };
  // The first block whose top is on screen, below the sticky header; else the one the view is inside.
  const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  let inside: Place = { focus };
  for (const el of document.querySelectorAll<HTMLElement>('[data-anchor]')) {
    const box = el.getBoundingClientRect();
    if (box.top >= header) return { anchor: el.dataset.anchor, top: box.top, focus };
    if (box.bottom > header) inside = { anchor: el.dataset.anchor, top: box.top, focus };
  }
  return inside;
}

/** Puts the same block at the same height and focus on the same control, in the new page. */
function restorePlace(place: Place): void {
  const anchor = place.anchor && document.querySelector(`[data-anchor="${CSS.escape(place.anchor)}"]`);
  if (anchor && place.top !== undefined) window.scrollBy(0, anchor.getBoundingClientRect().top - place.top);
  const focus = place.focus && document.querySelector<HTMLElement>(`[data-key="${CSS.escape(place.focus)}"]`);
  if (focus) focus.focus({ preventScroll: true });
}

let current: Model | undefined;

async function show(place: Place = {}): Promise<void> {
  const { lang } = view;
  const status = document.getElementById('status');
  if (status) status.textContent = t(lang, 'loading');
  let promise = models.get(lang);
  if (!promise) {
    promise = loadModel(lang, view.article);
    models.set(lang, promise);
    promise.catch(() => models.delete(lang));
  }
  let model: Model;
  try {
    model = await promise;
  } catch (error) {
    console.error(error);
    if (status) status.replaceChildren(`${t(lang, 'loadFailed')}: `, h('bdi', {}, error instanceof Error ? error.message : String(error)));
    return;
  }
  if (view.lang !== lang) return; // the reader switched again meanwhile
  clearListeners();
  current = model;
  setDocument(model);
  document.body.replaceChildren(...shell(model));
  // Each choice the reader makes is a history entry, so Back steps back through the cards.
  onSelect((selection, source) => {
    const key = toKey(model, selection);
    if (source !== 'user' || key === view.selection) return;
    view = { ...view, selection: key };
    history.pushState(null, '', viewUrl(view));
  });
  // The selection survives a language switch: it is in the URL, by slug.
  select(fromKey(model, view.selection), 'history');
  restorePlace(place);
  document.body.dataset.ready = lang;
}

window.addEventListener('popstate', () => {
  const next = readView();
  const sameModel = current && next.lang === view.lang && next.article === view.article;
  view = next;
  if (sameModel && current) select(fromKey(current, view.selection), 'history');
  else void show(capturePlace());
});

// Escape closes the card wherever focus is (the card's own close button does the same).
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !selected()) return;
  event.preventDefault();
  select(undefined);
});

void show();
