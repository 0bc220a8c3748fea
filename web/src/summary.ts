/**
 * The story at a glance, above the fold: who (the most mentioned people), when (the dated events,
 * a row per date), and what the two experts think (their stances; the reasons are in their
 * cards). Everything is a button that opens its card; everything comes from the API's answers
 * the page already has.
 */
import { statusBadge } from './cards.js';
import { h } from './dom.js';
import { label, plainDate, t } from './i18n.js';
import type { EventData, Model } from './model.js';
import { select } from './selection.js';

const PEOPLE = 4;
const DATES = 3;

function chip(text: string, onclick: () => void, key: string): HTMLElement {
  return h('button', { type: 'button', class: 'link', 'data-key': key, onclick }, text);
}

/** The dated events, a row per date: its most telling event (the one with the most participants) and how many more. */
function dated(model: Model): { when: string; event: EventData; more: number }[] {
  const rows = new Map<string, EventData[]>();
  for (const entry of model.timeline) {
    const date = entry.event.date;
    if (entry.placement !== 'DATED' || !date || !entry.earliest || !entry.latest) continue;
    const when = plainDate(model.lang, { ...date, earliest: entry.earliest, latest: entry.latest });
    rows.set(when, [...(rows.get(when) ?? []), entry.event]);
  }
  return [...rows.entries()].slice(0, DATES).map(([when, events]) => {
    const event = [...events].sort((a, b) => b.participants.length - a.participants.length)[0] ?? events[0];
    return { when, event: event as EventData, more: events.length - 1 };
  });
}

export function renderSummary(model: Model): HTMLElement {
  const { lang } = model;
  const people = [...model.actors.values()].filter((a) => a.kind === 'PERSON').sort((a, b) => b.mentionCount - a.mentionCount).slice(0, PEOPLE);
  return h('section', { class: 'summary', 'aria-labelledby': 'summary-heading' },
    h('h2', { id: 'summary-heading', class: 'visually-hidden' }, t(lang, 'summary')),
    h('div', { class: 'summary-part' }, h('h3', {}, t(lang, 'summaryWho')),
      h('ul', {}, people.map((p) => h('li', {}, chip(p.name.text, () => select({ type: 'actor', id: p.id }), `sum:${p.id}`))))),
    h('div', { class: 'summary-part' }, h('h3', {}, t(lang, 'summaryWhen')),
      h('ul', {}, dated(model).map(({ when, event, more }) => h('li', {},
        h('span', { class: 'muted' }, `${when}: `), chip(event.title.text, () => select({ type: 'event', id: event.id }), `sum:${event.id}`), ' ', statusBadge(lang, event.status),
        more ? h('span', { class: 'muted' }, ` ${t(lang, 'andMore').replace('{n}', String(more))}`) : null)))),
    h('div', { class: 'summary-part' }, h('h3', {}, t(lang, 'summaryExperts')),
      h('ul', {}, model.opinions.map((o) => h('li', {},
        chip(o.expert.name.text, () => select({ type: 'actor', id: o.expert.id }), `sum:${o.id}`), ' ',
        h('span', { class: `badge stance stance-${o.stance.toLowerCase()}` }, label.stance(lang, o.stance)))))));
}
