/**
 * The timeline: the article's events on a time axis (d3-scale for the time scale and its ticks,
 * d3-axis to draw it), in the order Article.timeline gives.
 *
 *  - DATED events span [earliest, latest]: a day is a short bar, a week a longer one; the bar's
 *    style says the status (solid: occurred; dashed: expected; dotted: proposed or sought; hatched:
 *    speculated; red: threatened) and a ring marks an inferred date.
 *  - RELATIVE events have no date, but the server placed them by their relations (the visit
 *    precedes the talks...). Where such a relation ties them to a dated event, the bar is open
 *    ended: "before 10 August", fading towards the unknown side. Otherwise only their order is
 *    known, and the row says so instead of drawing a bar.
 *  - UNPLACED events are listed below the axis, honestly, with no position at all.
 *
 * The axis runs right to left on the Arabic page, as the text does.
 */
import { axisTop } from 'd3-axis';
import { scaleUtc } from 'd3-scale';
import { select as d3select } from 'd3-selection';
import { statusBadge, describeDate } from './cards.js';
import { h } from './dom.js';
import { formatDay, label, STATUSES, t } from './i18n.js';
import type { EventData, Model, TimelineEntry } from './model.js';
import { onSelect, select, selected } from './selection.js';

const DAY = 86_400_000;
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface Placed {
  readonly entry: TimelineEntry;
  /** The period the event falls in; an open side is undefined (RELATIVE events). */
  readonly from?: Date;
  readonly to?: Date;
  /** For a RELATIVE event: which dated event fixes its bound. */
  readonly boundBy?: { side: 'before' | 'after'; day: string; event: EventData };
}

/**
 * Open-ended bounds for RELATIVE entries from their placing relations to dated events: the source
 * of PRECEDES or CAUSE_OF comes before its target; the source of FOLLOWS_UP, RESPONSE_TO or
 * PART_OF comes after (or within) its target.
 */
function place(model: Model): Placed[] {
  const dated = new Map(model.timeline.filter((e) => e.placement === 'DATED' && e.earliest && e.latest).map((e) => [e.event.id, e]));
  const before = new Set(['PRECEDES', 'CAUSE_OF']);
  const after = new Set(['FOLLOWS_UP', 'RESPONSE_TO', 'PART_OF']);
  return model.timeline.filter((e) => e.placement !== 'UNPLACED').map((entry): Placed => {
    if (entry.placement === 'DATED' && entry.earliest && entry.latest)
      return { entry, from: utc(entry.earliest), to: utc(entry.latest) };
    for (const r of entry.placedBy) {
      const isSource = r.source.id === entry.event.id;
      const other = dated.get(isSource ? r.target.id : r.source.id);
      if (!other?.earliest || !other.latest) continue;
      const earlier = isSource ? before.has(r.kind) : after.has(r.kind);
      const later = isSource ? after.has(r.kind) : before.has(r.kind);
      if (earlier) return { entry, to: utc(other.latest), boundBy: { side: 'before', day: other.latest, event: other.event } };
      if (later) return { entry, from: utc(other.earliest), boundBy: { side: 'after', day: other.earliest, event: other.event } };
    }
    return { entry };
  });
}

export function renderTimeline(model: Model): HTMLElement {
  const { lang } = model;
  const rtl = lang === 'ar';
  const placed = place(model);
  const published = utc(model.article.publishedOn);
  const days = placed.flatMap((p) => [p.from, p.to]).filter((d): d is Date => !!d);
  const first = new Date(Math.min(published.getTime(), ...days.map((d) => d.getTime())) - 3 * DAY);
  const last = new Date(Math.max(published.getTime(), ...days.map((d) => d.getTime())) + 3 * DAY);

  const axis = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  axis.setAttribute('class', 'tl-axis');
  axis.setAttribute('aria-hidden', 'true');
  const publication = h('div', { class: 'tl-publication', 'aria-hidden': 'true' }, h('span', {}, t(lang, 'publication')));
  const rows = h('ol', { class: 'tl-rows' });
  const bars: { bar: HTMLElement; p: Placed }[] = [];

  for (const p of placed) {
    const { event } = p.entry;
    const future = p.from && p.from.getTime() >= published.getTime() + DAY;
    const bar = h('span', {
      class: `tl-bar status-${event.status.toLowerCase()}${event.date?.isInferred ? ' inferred' : ''}${p.from ? '' : ' open-start'}${p.to ? '' : ' open-end'}`,
      'aria-hidden': 'true',
    });
    if (p.from || p.to) bars.push({ bar, p });
    // Only what has a position gets a bar; the others say in words what is known of them.
    const when = p.entry.placement === 'DATED' ? describeDate(lang, event)
      : p.boundBy ? h('span', { class: 'date' }, `${t(lang, p.boundBy.side)} ${formatDay(lang, p.boundBy.day)} · ${t(lang, 'placedBy')}: ${p.boundBy.event.title.text}`)
        : h('span', { class: 'date' }, t(lang, 'orderOnly'));
    rows.append(h('li', { class: 'tl-row', 'data-event-slug': event.slug, 'data-status': event.status, 'data-placement': p.entry.placement, 'data-event-id': event.id },
      h('div', { class: 'tl-label' },
        h('button', { type: 'button', class: 'link tl-title', 'data-key': `tl:${event.id}`, onclick: () => select({ type: 'event', id: event.id }) }, event.title.text),
        h('div', { class: 'tl-meta' }, statusBadge(lang, event.status), future ? h('span', { class: 'badge future' }, t(lang, 'afterPublication')) : null, ' ', when)),
      h('div', { class: 'tl-track' }, p.from || p.to ? bar : null)));
  }

  const unplaced = model.timeline.filter((e) => e.placement === 'UNPLACED');
  const legend = h('ul', { class: 'tl-legend', 'aria-label': t(lang, 'legend') },
    STATUSES.map((status) => h('li', {}, h('span', { class: `tl-bar sample status-${status.toLowerCase()}`, 'aria-hidden': 'true' }), label.status(lang, status))));

  const track = h('div', { class: 'tl-axis-track' }, axis);
  const element = h('section', { id: 'timeline', class: 'timeline', 'aria-labelledby': 'timeline-heading', 'data-anchor': 'timeline' },
    h('h2', { id: 'timeline-heading' }, t(lang, 'timeline')),
    h('p', { class: 'hint' }, t(lang, 'timelineHint')),
    legend,
    h('div', { class: 'tl-grid' }, h('div', { class: 'tl-axis-row' }, h('div', {}), track), rows, publication),
    unplaced.length ? h('section', { class: 'tl-unplaced' },
      h('h3', {}, t(lang, 'unplaced')),
      h('p', { class: 'hint' }, t(lang, 'unplacedHint')),
      h('ul', {}, unplaced.map(({ event }) => h('li', { 'data-event-slug': event.slug, 'data-status': event.status, 'data-placement': 'UNPLACED', 'data-event-id': event.id },
        h('button', { type: 'button', class: 'link', onclick: () => select({ type: 'event', id: event.id }) }, event.title.text), ' ',
        statusBadge(lang, event.status))))) : null);

  // Positions depend on the track's width: lay out now and whenever it changes.
  const layout = () => {
    const width = track.clientWidth;
    if (!width) return;
    // A margin keeps the end ticks' labels inside the track.
    const x = scaleUtc().domain([first, last]).range(rtl ? [width - 24, 24] : [24, width - 24]);
    axis.setAttribute('width', String(width));
    axis.setAttribute('height', '28');
    const format = new Intl.DateTimeFormat(rtl ? 'ar-u-nu-latn' : 'en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
    d3select(axis).selectAll('*').remove();
    d3select(axis).append('g').attr('transform', 'translate(0,26)')
      .call(axisTop(x).ticks(Math.max(2, Math.floor(width / 90))).tickFormat((d) => format.format(d as Date)));
    // The publication line crosses every row: it lives in the grid, offset by the track's position.
    // "As of publication": the end of the publication day.
    publication.style.left = `${track.offsetLeft + x(new Date(published.getTime() + DAY))}px`;
    for (const { bar, p } of bars) {
      // A day is drawn as the whole day: from its start to the next day's.
      const a = x(p.from ?? first);
      const b = x(p.to ? new Date(p.to.getTime() + DAY) : last);
      bar.style.left = `${Math.min(a, b)}px`;
      bar.style.width = `${Math.max(6, Math.abs(b - a))}px`;
    }
  };
  new ResizeObserver(layout).observe(track);

  onSelect((selection) => highlightRows(element, model, selection));
  highlightRows(element, model, selected());
  return element;
}

function highlightRows(element: HTMLElement, model: Model, selection: ReturnType<typeof selected>): void {
  const involved = new Set<string>();
  if (selection?.type === 'actor')
    for (const { event } of model.participations.get(selection.id) ?? []) involved.add(event.id);
  if (selection?.type === 'quote') for (const e of model.quotes.get(selection.id)?.about ?? []) involved.add(e.id);
  if (selection?.type === 'claim') for (const e of model.claims.get(selection.id)?.aboutEvents ?? []) involved.add(e.id);
  for (const row of element.querySelectorAll<HTMLElement>('[data-event-id]')) {
    const id = row.dataset.eventId ?? '';
    row.classList.toggle('is-selected', selection?.type === 'event' && selection.id === id);
    row.classList.toggle('is-involved', involved.has(id));
  }
}
