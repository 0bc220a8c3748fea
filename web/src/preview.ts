/**
 * Hover and focus previews: pointing at a name in the text or a node in the network, or tabbing
 * to it, shows a small box with its name, kind and first role (an event: its date and status; a
 * quote or a claim: who). A visual aid only (aria-hidden): each control's name already says what
 * it opens, and the card says everything.
 */
import { h } from './dom.js';
import { label, plainDate, t } from './i18n.js';
import type { Model, Selection } from './model.js';

const TARGETS = '#reader .leaf:not(.off), #reader .handle:not([hidden]), #network g.node';

function describe(model: Model, selection: Selection): [string, string] | undefined {
  const { lang } = model;
  switch (selection.type) {
    case 'actor': {
      const actor = model.actors.get(selection.id);
      const role = actor?.roles[0]?.title.text;
      return actor && [actor.name.text, [label.actorKind(lang, actor.kind), role].filter(Boolean).join(' · ')];
    }
    case 'event': {
      const event = model.events.get(selection.id);
      const date = event?.date;
      return event && [event.title.text, [label.status(lang, event.status), date ? plainDate(lang, date) : t(lang, 'undated')].join(' · ')];
    }
    case 'quote': {
      const quote = model.quotes.get(selection.id);
      return quote && [quote.speaker.name.text, label.quoteKind(lang, quote.kind)];
    }
    case 'claim': {
      const claim = model.claims.get(selection.id);
      return claim && [claim.claimant.name.text, label.highlight(lang, 'CLAIM')];
    }
  }
}

function selectionOf(el: Element): Selection | undefined {
  const { type, id, actorId } = (el as HTMLElement).dataset;
  if (actorId) return { type: 'actor', id: actorId };
  return type && id ? { type: type as Selection['type'], id } : undefined;
}

export function renderPreview(model: Model): HTMLElement {
  const box = h('div', { class: 'preview', 'aria-hidden': 'true', hidden: true });
  const show = (event: Event) => {
    const target = (event.target as Element | null)?.closest?.(TARGETS);
    const selection = target && selectionOf(target);
    const text = selection && describe(model, selection);
    if (!target || !text) return;
    box.replaceChildren(h('strong', {}, text[0]), h('span', {}, text[1]));
    box.hidden = false;
    const rect = target.getBoundingClientRect();
    const width = Math.min(box.offsetWidth, window.innerWidth - 16);
    box.style.left = `${window.scrollX + Math.max(8, Math.min(window.innerWidth - width - 8, rect.left + rect.width / 2 - width / 2))}px`;
    // In page coordinates, so the box scrolls with what it describes.
    box.style.top = `${rect.bottom + window.scrollY + 6}px`;
  };
  const hide = () => (box.hidden = true);
  document.addEventListener('pointerover', show);
  document.addEventListener('focusin', show);
  for (const type of ['pointerout', 'focusout', 'click', 'keydown'] as const) document.addEventListener(type, hide, { passive: true });
  return box;
}
