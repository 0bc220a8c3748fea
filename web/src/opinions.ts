/** The expert opinions side by side: credential, channel, stance and why, claims, quotes, evidence. */
import { evidenceList, type CardContext } from './cards.js';
import { h, inLanguage } from './dom.js';
import { label, t } from './i18n.js';
import { onSelect, select } from './selection.js';

export function renderOpinions(ctx: CardContext): HTMLElement {
  const { model } = ctx;
  const { lang } = model;
  const cards = model.opinions.map((o) => h('article', { class: 'opinion', 'data-expert-id': o.expert.id, 'data-expert-slug': o.expert.slug, 'aria-labelledby': `opinion-${o.slug}` },
    h('h3', { id: `opinion-${o.slug}` },
      h('button', { type: 'button', class: 'link', onclick: () => select({ type: 'actor', id: o.expert.id }) }, o.expert.name.text)),
    h('p', { class: 'credential' }, o.credential.text),
    h('dl', {},
      h('dt', {}, t(lang, 'stance')), h('dd', {}, h('span', { class: `badge stance stance-${o.stance.toLowerCase()}` }, label.stance(lang, o.stance)), ' ', o.stanceJustification.text),
      h('dt', {}, t(lang, 'subject')), h('dd', {}, o.subjectEvent
        ? h('button', { type: 'button', class: 'link', onclick: () => select({ type: 'event', id: o.subjectEvent?.id ?? '' }) }, o.subject.text)
        : o.subject.text),
      h('dt', {}, t(lang, 'channel')), h('dd', {}, label.channel(lang, o.channel), o.reportedBy ? ` · ${t(lang, 'reportedBy')} ${o.reportedBy.name.text}` : '')),
    h('section', {}, h('h4', {}, `${t(lang, 'claims')} (${o.claims.length})`),
      h('ul', { class: 'claims' }, o.claims.map((c) => h('li', {},
        h('button', { type: 'button', class: 'link', onclick: () => select({ type: 'claim', id: c.id }) }, c.statement.text),
        evidenceList(ctx, c.evidence))))),
    o.quotes.length ? h('section', {}, h('h4', {}, `${t(lang, 'quotes')} (${o.quotes.length})`),
      h('ul', {}, o.quotes.map((q) => h('li', {}, inLanguage(lang, `«${q.text.text}»`, 'q'), h('span', { class: 'muted' }, ` · ${label.quoteKind(lang, q.kind)}`))))) : null,
    evidenceList(ctx, o.evidence)));

  onSelect((selection) => {
    for (const card of cards) card.classList.toggle('is-selected', selection?.type === 'actor' && selection.id === card.dataset.expertId);
  });
  return h('section', { id: 'opinions', class: 'opinions', 'aria-labelledby': 'opinions-heading', 'data-anchor': 'opinions' },
    h('h2', { id: 'opinions-heading' }, t(lang, 'opinions')),
    h('p', { class: 'hint' }, t(lang, 'opinionsHint')),
    h('div', { class: 'opinion-grid' }, cards));
}
