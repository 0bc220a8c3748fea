/** Two small element builders: the page needs no framework, only typed DOM. */

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

function apply(element: Element, attrs: Attrs, children: (Child | readonly Child[])[]): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'object' ? child : String(child));
  }
}

/** An HTML element: `h('a', { href: '#x', onclick: go }, 'text')`. Attributes named on* are listeners. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | readonly Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  apply(element, attrs, children);
  return element;
}

/** An SVG element. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | readonly Child[])[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  apply(element, attrs, children);
  return element;
}

/** Text in a given language and direction, for text that differs from the page's (Arabic excerpts). */
export function inLanguage(lang: 'ar' | 'en', text: string, tag: 'span' | 'q' | 'blockquote' | 'p' = 'span'): HTMLElement {
  return h(tag, { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' }, text);
}

const LATIN_RUN = /[A-Za-z][\w.'’/-]*(?:\s+[A-Za-z0-9][\w.'’/-]*)*/g;
const ARABIC_RUN = /[\u0600-\u06FF](?:[\u0600-\u06FF\s]*[\u0600-\u06FF])?/g;

/**
 * Text with each run in the other script isolated in <bdi>: Latin inside Arabic ("واجهة GraphQL",
 * an error message) and Arabic inside English keep their own order instead of reordering their
 * neighbours.
 */
export function bidi(lang: 'ar' | 'en', text: string): (Node | string)[] {
  const pattern = lang === 'ar' ? LATIN_RUN : ARABIC_RUN;
  const out: (Node | string)[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > at) out.push(text.slice(at, start));
    const isolated = h('bdi', {}, match[0]);
    if (lang === 'en') isolated.lang = 'ar';
    out.push(isolated);
    at = start + match[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** A DOM Range over [start, end) of a paragraph's text (its text nodes are exactly that text). */
export function textRange(paragraph: HTMLElement, start: number, end: number): Range | undefined {
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
