/**
 * The search box's behaviour, in a chunk of its own: the first view carries only the box, and this
 * module loads on its first focus or input (reader.ts). It asks the API (ExplorerSearch) for every
 * match of the query in the article's paragraphs — the API normalises Arabic, the page does not —
 * marks them with the CSS Custom Highlight API (`search`; the one stepped to also `search-current`)
 * and steps through them in reading order: Enter or ▸ the next, Shift+Enter or ◂ the previous
 * (mirrored in Arabic), Escape clears.
 */
import { AkhbarError, createAkhbarClient } from '../../src/client/index.js';
import { ExplorerSearchDocument, type ExplorerSearchQuery } from '../../src/generated/graphql.js';
import { h, textRange } from './dom.js';
import { t, type Lang } from './i18n.js';
import styles from './search.css?inline';

type Hit = NonNullable<ExplorerSearchQuery['search']>['nodes'][number];

/** Where the matches are drawn: each paragraph's reading text, and on the English page its Arabic original. */
export interface SearchTarget {
  readonly lang: Lang;
  readonly slug: string;
  /** In article order. */
  readonly paragraphs: ReadonlyMap<string, HTMLElement>;
  readonly originals: ReadonlyMap<string, HTMLElement>;
}

/** How long typing must pause before the box asks the API. */
const DEBOUNCE_MS = 250;

/**
 * The matches the page shows, as DOM ranges in reading order (paragraph, then the reading text
 * before the original beneath it, then offset). A range is drawn in the text of its language: the
 * reading text when that is the page's language, else the Arabic original, which only the English
 * page shows (on the Arabic page, matches in the English translation are not on screen).
 */
function rangesOf(target: SearchTarget, hits: readonly Hit[]): Range[] {
  const position = new Map([...target.paragraphs.keys()].map((id, i) => [id, i]));
  const reading = target.lang === 'en' ? 'EN' : 'AR';
  const found: { block: number; start: number; range: Range }[] = [];
  for (const hit of hits) {
    if (hit.subject.__typename !== 'Paragraph') continue;
    const id = hit.subject.id;
    for (const match of hit.paragraphMatches) {
      const inReading = match.language === reading;
      const element = inReading ? target.paragraphs.get(id) : target.originals.get(id);
      const range = element && textRange(element, match.start, match.end);
      if (range) found.push({ block: 2 * (position.get(id) ?? 0) + (inReading ? 0 : 1), start: match.start, range });
    }
  }
  return found.sort((a, b) => a.block - b.block || a.start - b.start).map((m) => m.range);
}

let adopted = false;

/** The box's styles, added once to the page's (a constructed sheet: the CSP allows no inline style). */
function adoptStyles(): void {
  if (adopted) return;
  adopted = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Paints the marks, the current one on top, and brings the current one to the middle of the window. */
function paint(ranges: readonly Range[], current: number): void {
  if (!('highlights' in CSS)) return;
  CSS.highlights.set('search', new Highlight(...ranges));
  const range = ranges[current];
  if (!range) {
    CSS.highlights.delete('search-current');
    return;
  }
  const mark = new Highlight(range);
  mark.priority = 1;
  CSS.highlights.set('search-current', mark);
  const box = range.getBoundingClientRect();
  window.scrollBy(0, box.top + box.height / 2 - window.innerHeight / 2);
}

/** What went wrong, in words: a query the API refuses (too long, no letters) says why, in the API's words. */
function failure(lang: Lang, error: unknown): (Node | string)[] {
  const refused = error instanceof AkhbarError && error.code === 'BAD_USER_INPUT';
  const message = error instanceof AkhbarError && error.errors[0] ? error.errors[0].message : error instanceof Error ? error.message : String(error);
  return [`${refused ? t(lang, 'searchRefused') : t(lang, 'searchFailed')}: `, h('bdi', { lang: 'en' }, message)];
}

interface State {
  /** The query whose matches are shown ('' for none). */
  shown: string;
  ranges: Range[];
  current: number;
  /** Counts requests: an answer to an earlier one is dropped. */
  ticket: number;
}

/**
 * Gives the box its behaviour: the input (already in the page) asks the API as the reader types;
 * previous and next buttons and a status line (an aria-live region: "3 of 8") are added to `box`.
 */
export function attachSearch(box: HTMLElement, input: HTMLInputElement, target: SearchTarget): void {
  const { lang } = target;
  adoptStyles();
  const status = h('p', { class: 'search-status', 'aria-live': 'polite' });
  const akhbar = createAkhbarClient({ endpoint: new URL('/graphql', location.href).href, language: lang });
  const state: State = { shown: '', ranges: [], current: -1, ticket: 0 };
  // The arrows point the way reading goes: in Arabic the next match is to the left.
  const button = (name: string, glyph: string, step: number) =>
    h('button', { type: 'button', class: 'search-step', 'aria-label': name, title: name, disabled: true, onclick: () => go(step) }, glyph);
  const previous = button(t(lang, 'searchPrevious'), lang === 'ar' ? '▸' : '◂', -1);
  const next = button(t(lang, 'searchNext'), lang === 'ar' ? '◂' : '▸', 1);
  box.append(previous, next, status);

  const show = (ranges: Range[], words: (Node | string)[] = []) => {
    state.ranges = ranges;
    state.current = ranges.length ? 0 : -1;
    previous.disabled = next.disabled = ranges.length === 0;
    if (!ranges.length) status.replaceChildren(...words);
    update();
  };
  const update = () => {
    paint(state.ranges, state.current);
    if (state.current >= 0) status.textContent = `${state.current + 1} ${t(lang, 'searchOf')} ${state.ranges.length}`;
  };
  const run = async (query: string) => {
    clearTimeout(timer);
    const ticket = ++state.ticket;
    state.shown = query;
    if (!query.trim()) return show([]);
    try {
      const data = await akhbar.request(ExplorerSearchDocument, { slug: target.slug, query: query.trim() });
      if (ticket === state.ticket) show(rangesOf(target, data.search?.nodes ?? []), [t(lang, 'searchNone')]);
    } catch (error) {
      if (ticket === state.ticket) show([], failure(lang, error));
    }
  };
  const go = (step: number) => {
    if (input.value !== state.shown) return void run(input.value);
    const count = state.ranges.length;
    if (!count) return;
    state.current = (state.current + step + count) % count;
    update();
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => onKey(event, input, go, () => {
    input.value = '';
    void run('');
  }));
  if (input.value) void run(input.value); // typed while this module was loading
  box.dataset.ready = '';
}

/** Enter steps forward, Shift+Enter back; Escape clears the box (and, when it is empty, is left to close the card). */
function onKey(event: KeyboardEvent, input: HTMLInputElement, go: (step: number) => void, clear: () => void): void {
  if (event.key === 'Enter') {
    event.preventDefault();
    go(event.shiftKey ? -1 : 1);
  } else if (event.key === 'Escape' && input.value) {
    event.preventDefault();
    event.stopPropagation();
    clear();
  }
}
