/**
 * The reader: the article's text with every annotation highlighted by kind: the Arabic as
 * published, or on the English page our translation (the API places each annotation there), with
 * the Arabic original after each paragraph.
 *
 * Annotations overlap: an event's evidence holds the names in it, a title ("the Russian
 * president's adviser Yuri Ushakov") holds another name, an event and a claim can share one span,
 * and two events can cross. Interactive elements must not nest, so each annotation is drawn one
 * of two ways:
 *  - a *leaf* (nothing else starts or ends inside it) is itself the control: a span with
 *    role="button", focusable, opened by click, Enter or Space;
 *  - a *container* is drawn as styled, non-interactive fragments (split where spans cross) with a
 *    small button, its *handle*, in a gutter beside the paragraph, level with its first line (not
 *    between words). Clicking its text opens it too.
 * So every annotation has exactly one control, and none sits inside another.
 *
 * Reading mode: the page opens with actors (people, organisations, places, groups) highlighted
 * only; events, quotes and claims are layers the legend turns on. Keyboard: each paragraph is one
 * Tab stop; the arrow keys move between its controls (roving tabindex).
 */
import { bidi, h, textRange } from './dom.js';
import { comma, formatDay, HIGHLIGHT_KINDS, label, t, type HighlightKind, type Lang } from './i18n.js';
import { highlightKind, target, type Annotation, type Model, type Paragraph, type Selection, type Span } from './model.js';
import { NARROW } from './details.js';
import { onSelect, select, same } from './selection.js';

/** The layers a reader can turn on; actors are always shown. Kept across language switches. */
const LAYERS = ['EVENT', 'QUOTE', 'CLAIM'] as const satisfies readonly HighlightKind[];
const layers = new Set<HighlightKind>(['PERSON', 'ORGANIZATION', 'PLACE', 'GROUP']);
const LAYER_NAMES = { EVENT: 'events', QUOTE: 'quotes', CLAIM: 'claims' } as const;

interface Item {
  readonly annotation: Annotation;
  readonly kind: HighlightKind;
  readonly start: number;
  readonly end: number;
  readonly target: Selection;
  readonly name: string;
  leaf: boolean;
}

const HANDLE_GLYPH: Record<HighlightKind, string> = {
  PERSON: '●', ORGANIZATION: '●', PLACE: '●', GROUP: '●', EVENT: '◆', QUOTE: '❝', CLAIM: '⚑',
};
// Which of several annotations on one span is drawn as the leaf: the most specific.
const PRIORITY: Record<HighlightKind, number> = { PERSON: 0, ORGANIZATION: 0, PLACE: 0, GROUP: 0, QUOTE: 1, CLAIM: 2, EVENT: 3 };

function subjectName(annotation: Annotation): string {
  const s = annotation.subject;
  switch (s.__typename) {
    case 'Mention': return s.actor.name.text;
    case 'Event': return s.title.text;
    case 'Quote': return s.speaker.name.text;
    case 'Claim': return s.claimant.name.text;
    default: return '';
  }
}

function items(paragraph: Paragraph): Item[] {
  const list: Item[] = [];
  for (const annotation of paragraph.annotations ?? []) {
    const kind = highlightKind(annotation);
    const to = target(annotation);
    if (!kind || !to) continue;
    // `range` is where to draw it in the page's language: the span itself in Arabic.
    list.push({ annotation, kind, start: annotation.range.start, end: annotation.range.end, target: to, name: subjectName(annotation), leaf: true });
  }
  for (const a of list) {
    const inside = (x: number) => a.start < x && x < a.end;
    a.leaf = !list.some((b) => b !== a && (inside(b.start) || inside(b.end)));
  }
  // Of annotations sharing one span, only the most specific stays a leaf.
  for (const a of list) {
    if (!a.leaf) continue;
    for (const b of list)
      if (b !== a && b.leaf && b.start === a.start && b.end === a.end && (PRIORITY[b.kind] < PRIORITY[a.kind] || (PRIORITY[b.kind] === PRIORITY[a.kind] && list.indexOf(b) < list.indexOf(a)))) {
        a.leaf = false;
        break;
      }
  }
  return list;
}

/** What a control opens, in words: a claim by its statement, a quote by its speaker and words. */
function accessibleName(model: Model, item: Item): string {
  const { lang } = model;
  const kind = label.highlight(lang, item.kind);
  const { type, id } = item.target;
  if (type === 'claim') {
    const claim = model.claims.get(id);
    // Two claimants can assert the same words (the Kremlin and the White House both praise the talks).
    return claim ? `${kind}${comma(lang)}${claim.claimant.name.text}: ${claim.statement.text}` : `${kind}: ${item.name}`;
  }
  if (type === 'quote') {
    const quote = model.quotes.get(id);
    return quote ? `${kind}${comma(lang)}${quote.speaker.name.text}: «${quote.text.text}»` : `${kind}: ${item.name}`;
  }
  return `${kind}: ${item.name}`;
}

function tag(element: HTMLElement, item: Item, paragraphId: string): void {
  element.dataset.type = item.target.type;
  element.dataset.id = item.target.id;
  element.dataset.kind = item.kind;
  element.dataset.para = paragraphId;
  element.dataset.start = String(item.start);
  element.dataset.end = String(item.end);
}

/** The same control in either language's page: ids and the Arabic evidence's offsets do not depend on the language. */
function controlKey(item: Item, paragraphId: string): string {
  const { start, end } = item.annotation.span;
  return `${item.target.type}:${item.target.id}:${paragraphId}:${start}:${end}`;
}

/**
 * The paragraph's text in the page's language (the Arabic as published, or our English, where
 * the annotations' `range`s stand) as highlight leaves and container fragments; handles go to `gutter`.
 */
function highlighted(model: Model, paragraph: Paragraph, gutter: HTMLElement): HTMLElement {
  const english = model.lang === 'en';
  const text = english ? paragraph.text.text : paragraph.text.ar;
  const root = h('p', { class: `reading ${english ? 'en-text' : 'ar-text'}`, lang: model.lang, dir: english ? 'ltr' : 'rtl', tabindex: -1 });
  root.dataset.para = paragraph.id;
  const list = items(paragraph);
  const bounds = [...new Set([0, text.length, ...list.flatMap((i) => [i.start, i.end])])].sort((x, y) => x - y);
  const stack: { item: Item; element: HTMLElement }[] = [];
  const top = () => stack.at(-1)?.element ?? root;

  for (let b = 0; b + 1 < bounds.length; b++) {
    const from = bounds[b] ?? 0;
    const to = bounds[b + 1] ?? text.length;
    const covering = list.filter((i) => i.start <= from && i.end >= to);
    const containers = covering.filter((i) => !i.leaf).sort((x, y) => x.start - y.start || y.end - x.end || list.indexOf(x) - list.indexOf(y));
    let keep = 0;
    while (keep < stack.length && stack[keep]?.item === containers[keep]) keep++;
    stack.length = keep;
    for (const item of containers.slice(keep)) {
      const fragment = h('span', { class: `hl k-${item.kind.toLowerCase()}` });
      tag(fragment, item, paragraph.id);
      fragment.dataset.fragment = '';
      // One handle per annotation and paragraph: a claim cited twice in a paragraph opens one card.
      const handled = `${item.target.type}:${item.target.id}`;
      if (item.start === from && !gutter.querySelector(`[data-handles="${CSS.escape(handled)}"]`)) {
        gutter.append(handle(model, item, paragraph.id, fragment));
        (gutter.lastElementChild as HTMLElement).dataset.handles = handled;
      }
      top().append(fragment);
      stack.push({ item, element: fragment });
    }
    const piece = text.slice(from, to);
    const leaf = covering.find((i) => i.leaf);
    if (leaf) {
      const control = h('span', { class: `hl leaf k-${leaf.kind.toLowerCase()}`, role: 'button', tabindex: -1, title: accessibleName(model, leaf) }, piece);
      tag(control, leaf, paragraph.id);
      control.dataset.key = controlKey(leaf, paragraph.id);
      top().append(control);
    } else top().append(piece);
  }
  return root;
}

/** A container's button in the gutter; `first` is its first fragment, whose line it is drawn level with. */
function handle(model: Model, item: Item, paragraphId: string, first: HTMLElement): HTMLElement {
  const name = accessibleName(model, item);
  // The glyph is drawn by CSS (data-glyph), so the button's name is its label alone.
  // No `title`: the page's own preview shows on hover and focus, and a tooltip would cover it.
  const button = h('button', { type: 'button', class: `handle k-${item.kind.toLowerCase()}`, tabindex: -1, 'aria-label': name, 'data-glyph': HANDLE_GLYPH[item.kind] });
  tag(button, item, paragraphId);
  button.dataset.key = controlKey(item, paragraphId);
  fragments.set(button, first);
  return button;
}

const fragments = new WeakMap<HTMLElement, HTMLElement>();

/** Puts each shown handle level with its text's first line; handles sharing a line sit side by side. */
function placeHandles(para: HTMLElement): void {
  const gutter = para.querySelector<HTMLElement>('.gutter');
  if (!gutter) return;
  const origin = gutter.getBoundingClientRect().top;
  let lineTop = -Infinity;
  let onLine = 0;
  for (const button of gutter.querySelectorAll<HTMLElement>('.handle:not([hidden])')) {
    const line = fragments.get(button)?.getClientRects()[0];
    const top = line ? line.top - origin : 0;
    onLine = Math.abs(top - lineTop) < 4 ? onLine + 1 : 0;
    if (!onLine) lineTop = top;
    button.style.insetBlockStart = `${(top + Math.floor(onLine / 2) * 21).toFixed(0)}px`;
    button.style.insetInlineStart = `${(onLine % 2) * 1.6}em`;
  }
}

/** The colour key; its entries for events, quotes and claims are the switches for those layers. */
function legend(lang: Lang, onToggle: () => void): HTMLElement {
  const swatch = (kind: HighlightKind) => h('span', { class: `swatch k-${kind.toLowerCase()}`, 'aria-hidden': 'true' }, HANDLE_GLYPH[kind]);
  const actors = HIGHLIGHT_KINDS.filter((kind) => !(LAYERS as readonly HighlightKind[]).includes(kind));
  return h('ul', { class: 'legend', 'aria-label': t(lang, 'legend') },
    actors.map((kind) => h('li', {}, swatch(kind), label.highlight(lang, kind))),
    LAYERS.map((kind) => h('li', {}, h('button', {
      type: 'button', class: 'layer', 'aria-pressed': String(layers.has(kind)), 'data-key': `layer:${kind}`, 'data-layer': kind,
      onclick: (event) => {
        const button = event.currentTarget as HTMLElement;
        if (layers.has(kind)) layers.delete(kind);
        else layers.add(kind);
        button.setAttribute('aria-pressed', String(layers.has(kind)));
        onToggle();
      },
    }, swatch(kind), t(lang, LAYER_NAMES[kind])))),
    lang === 'en' ? h('li', {}, originalsSwitch()) : null);
}

/**
 * On the English page, a switch for the Arabic original under each paragraph (on, at first): on a
 * phone the originals double the page's length. Hidden originals still take "Show in text"'s mark.
 */
function originalsSwitch(): HTMLElement {
  return h('button', {
    type: 'button', class: 'layer', 'aria-pressed': 'true', 'data-key': 'layer:originals',
    onclick: (event) => {
      const button = event.currentTarget as HTMLElement;
      const shown = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', String(shown));
      button.closest('.reader')?.classList.toggle('no-originals', !shown);
    },
  }, t('en', 'originals'));
}

/**
 * The search box: its label and input are in the first view; what it does, its status line and
 * its styles are a chunk of their own (search.ts), loaded on the first focus, to keep the first
 * view within its byte budget.
 */
function searchBox(model: Model, paragraphs: ReadonlyMap<string, HTMLElement>, originals: ReadonlyMap<string, HTMLElement>): HTMLElement {
  const { lang } = model;
  const input = h('input', { type: 'search', id: 'search', 'data-key': 'search' });
  const box = h('div', { class: 'search', role: 'search' }, h('label', { for: 'search' }, t(lang, 'search')), input);
  const load = () => import('./search.js').then(
    (m) => m.attachSearch(box, input, { lang, slug: model.article.slug, paragraphs, originals }),
    () => input.addEventListener('focus', load, { once: true }), // not loaded (offline?): try again next time
  );
  input.addEventListener('focus', load, { once: true });
  return box;
}

export interface Reader {
  readonly element: HTMLElement;
  /**
   * Scrolls to a span of evidence, marks exactly that text, and focuses what can take focus there;
   * with `from` (a card's button), the next Tab stop after the paragraph leads back to it.
   */
  showEvidence(span: Span, from?: HTMLElement): void;
}

/**
 * The article's sections: each paragraph its highlighted text and gutter. In English the
 * highlights are on our translation, and the Arabic original follows each paragraph, plain.
 */
function articleBody(model: Model, paragraphs: Map<string, HTMLElement>, originals: Map<string, HTMLElement>): HTMLElement {
  const body = h('div', { class: 'article-body' });
  for (const section of model.article.sections) {
    const part = h('section', { class: 'article-section' });
    if (section.heading) part.append(h('h2', { class: 'section-heading', dir: section.heading.direction.toLowerCase() }, section.heading.text));
    for (const paragraph of section.paragraphs) {
      const gutter = h('div', { class: 'gutter' });
      const reading = highlighted(model, paragraph, gutter);
      paragraphs.set(paragraph.id, reading);
      const para = h('div', { class: 'para', dir: reading.dir, 'data-anchor': `para:${paragraph.id}` }, reading, gutter);
      if (model.lang === 'ar') {
        part.append(para);
        continue;
      }
      const original = h('p', { class: 'original', lang: 'ar', dir: 'rtl' }, paragraph.text.ar);
      originals.set(paragraph.id, original);
      part.append(h('div', { class: 'para-pair' }, para, original));
    }
    body.append(part);
  }
  return body;
}

/** Shows the chosen layers: a hidden kind's text is plain, its leaves are not controls, its handles are gone. */
function applyLayers(element: HTMLElement): void {
  for (const el of element.querySelectorAll<HTMLElement>('.article-body [data-kind]')) {
    const on = layers.has(el.dataset.kind as HighlightKind);
    el.classList.toggle('off', !on);
    if (el.matches('.handle')) el.hidden = !on;
    else if (el.matches('.leaf')) {
      if (on) el.setAttribute('role', 'button');
      else el.removeAttribute('role');
    }
  }
  for (const para of element.querySelectorAll<HTMLElement>('.para')) {
    rove(para);
    placeHandles(para);
  }
}

/** The paragraph's shown controls, in reading order. */
function controlsOf(para: HTMLElement): HTMLElement[] {
  return [...para.querySelectorAll<HTMLElement>('.leaf:not(.off), .handle:not([hidden])')]
    .sort((a, b) => Number(a.dataset.start) - Number(b.dataset.start) || Number(b.dataset.end) - Number(a.dataset.end));
}

/** One Tab stop per paragraph: `current` (or the first control) takes tabindex 0, the others -1. */
function rove(para: HTMLElement, current?: HTMLElement): void {
  const controls = controlsOf(para);
  const chosen = current && controls.includes(current) ? current : controls.find((c) => c.tabIndex === 0) ?? controls[0];
  for (const control of para.querySelectorAll<HTMLElement>('.leaf, .handle')) control.tabIndex = control === chosen ? 0 : -1;
}

/** How far each arrow key moves: left and right follow the paragraph's direction (next is leftwards in Arabic). */
const stepOf = (key: string, rtl: boolean): number | undefined =>
  ({ ArrowDown: 1, ArrowUp: -1, ArrowLeft: rtl ? 1 : -1, ArrowRight: rtl ? -1 : 1 } as Record<string, number>)[key];

/** Arrow keys, Home and End move between a paragraph's controls; Enter and Space open one. */
function onKey(event: KeyboardEvent, activate: (el: HTMLElement) => void, onKeyboardOpen: (from: HTMLElement) => void): void {
  const el = event.target as HTMLElement;
  const para = el.closest<HTMLElement>('.para');
  if (!para || !el.matches('.leaf, .handle')) return;
  const controls = controlsOf(para);
  const at = controls.indexOf(el);
  const step = stepOf(event.key, para.dir === 'rtl');
  const next = step !== undefined ? controls[Math.min(controls.length - 1, Math.max(0, at + step))]
    : event.key === 'Home' ? controls[0] : event.key === 'End' ? controls.at(-1) : undefined;
  if (next) {
    event.preventDefault();
    rove(para, next);
    next.focus();
    return;
  }
  if (!el.matches('.leaf') || (event.key !== 'Enter' && event.key !== ' ')) return;
  event.preventDefault();
  activate(el);
  onKeyboardOpen(el);
}

/** `onKeyboardOpen` is told when a highlight is opened from the keyboard, to move focus to its card. */
export function renderReader(model: Model, onKeyboardOpen: (from: HTMLElement) => void = () => {}, summary: HTMLElement | null = null): Reader {
  const { lang, article } = model;
  const paragraphs = new Map<string, HTMLElement>();
  const originals = new Map<string, HTMLElement>();
  const headline = h('h1', { id: 'reader-heading', dir: article.headline.direction.toLowerCase(), lang: article.headline.language.toLowerCase() }, article.headline.text);
  const body = articleBody(model, paragraphs, originals);
  const element = h('section', { id: 'reader', class: 'reader', 'aria-labelledby': 'reader-heading' },
    h('p', { class: 'eyebrow' }, t(lang, 'reader')),
    headline,
    h('p', { class: 'meta' },
      `${t(lang, 'published')} ${formatDay(lang, article.publishedOn)} · ${t(lang, 'dateline')} ${article.dateline.name.text} · ${t(lang, 'publisher')} ${article.publisher.name.text}`),
    article.isHeadlineEditorial ? h('p', { class: 'note' }, t(lang, 'editorialHeadline')) : null,
    summary,
    h('p', { class: 'hint' }, bidi(lang, t(lang, 'readerHint'))),
    legend(lang, () => applyLayers(element)),
    searchBox(model, paragraphs, originals),
    body);

  const activate = (el: HTMLElement) => {
    const type = el.dataset.type as Selection['type'] | undefined;
    const id = el.dataset.id;
    if (type && id) select({ type, id });
  };
  element.addEventListener('click', (event) => {
    const el = (event.target as Element).closest<HTMLElement>('[data-type]:not(.off)');
    if (!el || !element.contains(el)) return;
    activate(el);
    if (event.detail === 0 && el.matches('.handle')) onKeyboardOpen(el); // a button pressed with Enter or Space
  });
  element.addEventListener('keydown', (event) => onKey(event, activate, onKeyboardOpen));
  element.addEventListener('focusin', (event) => {
    const el = event.target as HTMLElement;
    const para = el.closest<HTMLElement>('.para');
    if (para && el.matches('.leaf, .handle')) rove(para, el);
  });
  applyLayers(element);
  // Handles follow their lines: place them again when the text reflows (width, fonts).
  new ResizeObserver(() => element.querySelectorAll<HTMLElement>('.para').forEach(placeHandles)).observe(body);
  watchSelection(element);
  return {
    element,
    showEvidence: (span, from) => {
      showEvidence(paragraphs, originals, span);
      offerWayBack(lang, paragraphs.get(span.paragraph.id)?.closest('.para'), from);
    },
  };
}

/**
 * The one "Back to the card" offered at a time: a button after the paragraph "Show in text" went
 * to, and Tab from anywhere in that paragraph goes to it (the paragraph's own Tab stop may come
 * first in the page's order, so the key is taken, not left to the order).
 */
let wayBack: { readonly drop: () => void } | undefined;

function dropWayBack(): void {
  wayBack?.drop();
  wayBack = undefined;
}

function offerWayBack(lang: Lang, para: Element | null | undefined, from: HTMLElement | undefined): void {
  dropWayBack();
  if (!para || !from) return;
  const button = h('button', { type: 'button', class: 'jump back way-back', onclick: () => {
    dropWayBack();
    from.focus();
  } }, t(lang, 'backToCard'));
  const onTab = (event: Event) => {
    if ((event as KeyboardEvent).key !== 'Tab' || (event as KeyboardEvent).shiftKey) return;
    event.preventDefault();
    button.focus();
  };
  para.addEventListener('keydown', onTab);
  para.after(button);
  wayBack = { drop: () => { para.removeEventListener('keydown', onTab); button.remove(); } };
}

function watchSelection(element: HTMLElement): void {
  const marked = [...element.querySelectorAll<HTMLElement>('.article-body [data-type]')];
  onSelect((selection) => {
    // A mark from an earlier card's evidence belongs to that card, and so does the way back to it.
    if ('highlights' in CSS) CSS.highlights.delete('evidence');
    dropWayBack();
    for (const el of marked) {
      const on = same(selection, { type: el.dataset.type as Selection['type'], id: el.dataset.id ?? '' });
      el.classList.toggle('is-selected', on);
      if (el.matches('.leaf, .handle')) {
        if (on) el.setAttribute('aria-current', 'true');
        else el.removeAttribute('aria-current');
      }
    }
  });
}

/**
 * Marks a span of evidence wherever the page shows it (the Arabic, and on the English page its
 * words in the translation too), scrolls to it and focuses the control drawn on exactly those words.
 */
function showEvidence(paragraphs: ReadonlyMap<string, HTMLElement>, originals: ReadonlyMap<string, HTMLElement>, span: Span): void {
  const paragraph = paragraphs.get(span.paragraph.id);
  if (!paragraph) return;
  const original = originals.get(span.paragraph.id);
  // On the English page the reading text is the translation: the span's words there, if it has them.
  const there = original ? span.translation : span;
  const ranges = [there && textRange(paragraph, there.start, there.end), original && textRange(original, span.start, span.end)]
    .filter((r): r is Range => !!r);
  if (ranges.length && 'highlights' in CSS) CSS.highlights.set('evidence', new Highlight(...ranges));
  const para = paragraph.closest<HTMLElement>('.para');
  const exact = there && para && controlsOf(para).find((c) => Number(c.dataset.start) === there.start && Number(c.dataset.end) === there.end);
  const focusable = exact || paragraph;
  // The first marked words on screen (an original the reader has hidden has no box).
  const box = ranges.map((r) => r.getBoundingClientRect()).find((b) => b.height > 0);
  bringIntoView(box ?? focusable.getBoundingClientRect(), para ?? paragraph);
  focusable.focus({ preventScroll: true });
  paragraph.classList.remove('flash');
  void paragraph.offsetWidth; // restart the animation
  paragraph.classList.add('flash');
}

/**
 * Scrolls the page so that a box (marked words) is in view: centred, or below 900 px at the top,
 * above the card's bottom sheet, below the sticky header (the paragraph's `scroll-margin-block-start`).
 */
function bringIntoView(box: DOMRect, paragraph: HTMLElement): void {
  const header = parseFloat(getComputedStyle(paragraph).scrollMarginBlockStart) || 0;
  const top = window.matchMedia(NARROW).matches ? box.top - header : box.top - (window.innerHeight - box.height) / 2;
  window.scrollBy({ top, behavior: 'instant' });
}
