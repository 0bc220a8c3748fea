/**
 * The details card's frame: beside the article on wide screens, a bottom sheet below 900 px
 * (CSS decides; `is-open` says there is something to show). It closes with its button or Escape
 * (both clear the selection) and then gives focus back to the control that opened it.
 */
import { card, type CardContext } from './cards.js';
import { h } from './dom.js';
import { formatDay, t } from './i18n.js';
import type { Selection } from './model.js';
import { onSelect, select } from './selection.js';

export interface Details {
  readonly element: HTMLElement;
  /** Moves focus to the card, with a button that brings it back to `from`. */
  focusCard(from: HTMLElement): void;
}

/** Below this width the card is a bottom sheet over the lower part of the page. */
export const NARROW = '(max-width: 900px)';
const narrow = () => window.matchMedia(NARROW).matches;

/** A link to the card (the page's URL with this selection) and, for a quote, a copy with its citation. */
function actions(ctx: CardContext, selection: Selection, url: string): HTMLElement {
  const { model } = ctx;
  const { lang, article } = model;
  const quote = selection.type === 'quote' ? model.quotes.get(selection.id) : undefined;
  const status = h('span', { class: 'muted', role: 'status' });
  const copy = quote && h('button', {
    type: 'button', class: 'jump',
    onclick: () => {
      const citation = `«${quote.text.text}» — ${quote.speaker.name.text}${quote.reportedBy ? ` (${quote.reportedBy.name.text})` : ''}. `
        + `${article.publisher.name.text}, ${formatDay(lang, article.publishedOn)}. ${url}`;
      navigator.clipboard.writeText(citation).then(() => (status.textContent = t(lang, 'copied')), () => (status.textContent = t(lang, 'copyFailed')));
    },
  }, t(lang, 'copyQuote'));
  return h('p', { class: 'card-actions' }, h('a', { href: url, class: 'permalink' }, t(lang, 'cardLink')), copy ? [' ', copy] : null, ' ', status);
}

export function renderDetails(ctx: CardContext, linkFor: (selection: Selection) => string): Details {
  const { lang } = ctx.model;
  const body = h('div', { class: 'card', 'data-card': '' });
  const close = h('button', { type: 'button', class: 'close', 'aria-label': t(lang, 'closeCard'), 'data-key': 'close-card', onclick: () => select(undefined) }, '×');
  const element = h('aside', { id: 'details', class: 'details', 'aria-labelledby': 'details-heading' },
    h('div', { class: 'details-bar' }, h('h2', { id: 'details-heading' }, t(lang, 'details')), close),
    body);
  // The control the card was opened from, to take focus back when it closes.
  let opener: HTMLElement | undefined;
  const empty = () => {
    body.dataset.card = '';
    body.replaceChildren(h('p', { class: 'muted' }, t(lang, 'detailsEmpty')));
  };
  empty();

  onSelect((selection, source) => {
    const content = selection && card(ctx, selection);
    const wasOpen = element.classList.contains('is-open');
    if (!selection || !content) {
      empty();
      element.classList.remove('is-open');
      if (wasOpen && source === 'user' && opener?.isConnected) opener.focus();
      opener = undefined;
      return;
    }
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !element.contains(active)) opener = active;
    body.dataset.card = selection.type;
    body.replaceChildren(...content, actions(ctx, selection, linkFor(selection)), h('button', { type: 'button', class: 'clear', onclick: () => select(undefined) }, t(lang, 'clear')));
    element.classList.add('is-open');
    element.scrollTop = 0;
    // On a phone the sheet covers the lower part of the page: what was tapped moves up above it,
    // and focus moves into the sheet, so that Tab and screen readers follow.
    if (narrow() && source === 'user') {
      if (opener?.closest('main')) opener.scrollIntoView({ block: 'start' });
      body.querySelector<HTMLElement>('#card-heading')?.focus({ preventScroll: true });
    }
  });

  return {
    element,
    focusCard(from) {
      const heading = body.querySelector<HTMLElement>('#card-heading');
      if (!heading) return;
      opener = from;
      body.prepend(h('button', { type: 'button', class: 'jump back', onclick: () => from.focus() }, t(lang, 'backToText')));
      heading.focus();
    },
  };
}
