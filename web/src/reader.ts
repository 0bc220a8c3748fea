/**
 * The reader: the article's Arabic text with every annotation highlighted by kind.
 *
 * Annotations overlap: an event's evidence holds the names in it, a title ("the Russian
 * president's adviser Yuri Ushakov") holds another name, an event and a claim can share one span,
 * and two events can cross. Interactive elements must not nest, so each annotation is drawn one
 * of two ways:
 *  - a *leaf* (nothing else starts or ends inside it) is itself the control: a span with
 *    role="button", focusable, opened by click, Enter or Space;
 *  - a *container* is drawn as styled, non-interactive fragments (split where spans cross) with a
 *    small button, its *handle*, just before its first word. Clicking its text opens it too.
 * So every annotation has exactly one focusable element, and none sits inside another.
 */
import { h } from './dom.js';
import { HIGHLIGHT_KINDS, label, t, type HighlightKind, type Lang } from './i18n.js';
import { highlightKind, target, type Annotation, type Model, type Paragraph, type Selection, type Span } from './model.js';
import { onSelect, select, same } from './selection.js';

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
  for (const annotation of paragraph.annotations) {
    const kind = highlightKind(annotation);
    const to = target(annotation);
    if (!kind || !to) continue;
    list.push({ annotation, kind, start: annotation.span.start, end: annotation.span.end, target: to, name: subjectName(annotation), leaf: true });
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

function accessibleName(lang: Lang, item: Item): string {
  return `${label.highlight(lang, item.kind)}: ${item.name}`;
}

function tag(element: HTMLElement, item: Item, paragraphId: string): void {
  element.dataset.type = item.target.type;
  element.dataset.id = item.target.id;
  element.dataset.kind = item.kind;
  element.dataset.para = paragraphId;
  element.dataset.start = String(item.start);
  element.dataset.end = String(item.end);
}

/** The same control in either language's page (ids and offsets do not depend on the language). */
function controlKey(item: Item, paragraphId: string): string {
  return `${item.target.type}:${item.target.id}:${paragraphId}:${item.start}:${item.end}`;
}

/** The paragraph's Arabic text as highlight leaves, container fragments and handles. */
function highlighted(lang: Lang, paragraph: Paragraph): HTMLElement {
  const text = paragraph.text.ar;
  const root = h('p', { class: 'ar-text', lang: 'ar', dir: 'rtl', tabindex: -1 });
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
      if (item.start === from) {
        // The glyph is drawn by CSS (data-glyph), so the paragraph's text stays the article's own.
        const handle = h('button', { type: 'button', class: `handle k-${item.kind.toLowerCase()}`, 'aria-label': accessibleName(lang, item), title: accessibleName(lang, item), 'data-glyph': HANDLE_GLYPH[item.kind] });
        tag(handle, item, paragraph.id);
        handle.dataset.key = controlKey(item, paragraph.id);
        top().append(handle);
      }
      const fragment = h('span', { class: `hl k-${item.kind.toLowerCase()}` });
      tag(fragment, item, paragraph.id);
      fragment.dataset.fragment = '';
      top().append(fragment);
      stack.push({ item, element: fragment });
    }
    const piece = text.slice(from, to);
    const leaf = covering.find((i) => i.leaf);
    if (leaf) {
      const control = h('span', { class: `hl leaf k-${leaf.kind.toLowerCase()}`, role: 'button', tabindex: 0, title: accessibleName(lang, leaf) }, piece);
      tag(control, leaf, paragraph.id);
      control.dataset.key = controlKey(leaf, paragraph.id);
      top().append(control);
    } else top().append(piece);
  }
  return root;
}

function legend(lang: Lang): HTMLElement {
  return h('ul', { class: 'legend', 'aria-label': t(lang, 'legend') },
    HIGHLIGHT_KINDS.map((kind) => h('li', {},
      h('span', { class: `swatch k-${kind.toLowerCase()}`, 'aria-hidden': 'true' }, HANDLE_GLYPH[kind]),
      label.highlight(lang, kind))));
}

export interface Reader {
  readonly element: HTMLElement;
  /** Scrolls to a span of evidence, marks exactly that text, and focuses what can take focus there. */
  showEvidence(span: Span): void;
}

/** `onKeyboardOpen` is told when a highlight is opened from the keyboard, to move focus to its card. */
export function renderReader(model: Model, onKeyboardOpen: (from: HTMLElement) => void = () => {}): Reader {
  const { lang, article } = model;
  const paragraphs = new Map<string, HTMLElement>();
  const headline = h('h2', { id: 'reader-heading', dir: article.headline.direction.toLowerCase(), lang: article.headline.language.toLowerCase() }, article.headline.text);
  const body = h('div', { class: 'article-body' });
  for (const section of article.sections) {
    const part = h('section', { class: 'article-section' });
    if (section.heading) part.append(h('h3', { dir: section.heading.direction.toLowerCase() }, section.heading.text));
    for (const paragraph of section.paragraphs) {
      const arabic = highlighted(lang, paragraph);
      arabic.dataset.anchor = `para:${paragraph.id}`;
      paragraphs.set(paragraph.id, arabic);
      if (lang === 'ar') part.append(arabic);
      else part.append(h('div', { class: 'para-pair' }, arabic,
        h('p', { class: 'translation', lang: paragraph.text.language.toLowerCase(), dir: paragraph.text.direction.toLowerCase() }, paragraph.text.text)));
    }
    body.append(part);
  }

  const element = h('section', { id: 'reader', class: 'reader', 'aria-labelledby': 'reader-heading' },
    h('p', { class: 'eyebrow' }, t(lang, 'reader')),
    headline,
    h('p', { class: 'meta' },
      `${t(lang, 'published')} ${article.publishedOn} · ${t(lang, 'dateline')} ${article.dateline.name.text} · ${t(lang, 'publisher')} ${article.publisher.name.text}`),
    article.isHeadlineEditorial ? h('p', { class: 'note' }, t(lang, 'editorialHeadline')) : null,
    h('p', { class: 'hint' }, t(lang, 'readerHint')),
    legend(lang),
    body);

  const activate = (el: HTMLElement) => {
    const type = el.dataset.type as Selection['type'] | undefined;
    const id = el.dataset.id;
    if (type && id) select({ type, id });
  };
  element.addEventListener('click', (event) => {
    const el = (event.target as Element).closest<HTMLElement>('[data-type]');
    if (!el || !element.contains(el)) return;
    activate(el);
    if (event.detail === 0 && el.matches('.handle')) onKeyboardOpen(el); // a button pressed with Enter or Space
  });
  element.addEventListener('keydown', (event) => {
    const el = event.target as HTMLElement;
    if (!el.matches('[role="button"][data-type]') || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    activate(el);
    onKeyboardOpen(el);
  });

  const controls = [...element.querySelectorAll<HTMLElement>('.leaf, .handle')];
  const marked = [...element.querySelectorAll<HTMLElement>('[data-type]')];
  onSelect((selection) => {
    for (const el of marked) {
      const on = same(selection, { type: el.dataset.type as Selection['type'], id: el.dataset.id ?? '' });
      el.classList.toggle('is-selected', on);
      if (el.matches('.leaf, .handle')) {
        if (on) el.setAttribute('aria-current', 'true');
        else el.removeAttribute('aria-current');
      }
    }
  });

  function showEvidence(span: Span): void {
    const paragraph = paragraphs.get(span.paragraph.id);
    if (!paragraph) return;
    const range = textRange(paragraph, span.start, span.end);
    if (range && 'highlights' in CSS) CSS.highlights.set('evidence', new Highlight(range));
    const exact = controls.find((c) => c.dataset.para === span.paragraph.id && Number(c.dataset.start) === span.start && Number(c.dataset.end) === span.end);
    const focusable = exact ?? paragraph;
    focusable.scrollIntoView({ block: 'center' });
    focusable.focus({ preventScroll: true });
    paragraph.classList.remove('flash');
    void paragraph.offsetWidth; // restart the animation
    paragraph.classList.add('flash');
  }

  return { element, showEvidence };
}

/** A DOM Range over [start, end) of a paragraph's Arabic text (its text nodes are exactly that text). */
function textRange(paragraph: HTMLElement, start: number, end: number): Range | undefined {
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && start <= offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return undefined;
}
