/**
 * The timeline: the article's events in date order on a time axis, as truthful as the data.
 *
 *  - A period known at both ends (a day, the week of 11–17 August) is a bar; its style says the
 *    status (solid: occurred; dashed: expected; dotted: proposed or sought; hatched: speculated;
 *    red: threatened).
 *  - An open bound is an arrow, not a bar: "on or before 8 August" (a date bound NOT_LATER_THAN) or
 *    "before 17 August" (an undated event the server placed by a relation to a dated one) points
 *    from that day into the past, with no start drawn.
 *  - Events with the same extent and status share one row ("on or before 8 August: seven events").
 *  - Events with no date at all are listed off the axis, with what their relations say.
 * Rows: open-ended pasts first (nothing says how far back they go), then periods by start, then
 * open-ended futures. Labels are plain words from Intl.DateTimeFormat in the page's language;
 * the axis runs right to left on the Arabic page, as the text does. No chart library: a linear
 * scale over days and calendar ticks are a few lines.
 */
import { statusBadge } from './cards.js';
import { h } from './dom.js';
import { formatDay, label, plainDate, STATUSES, t, type Lang } from './i18n.js';
import type { EventData, Model, TimelineEntry } from './model.js';
import { onSelect, select, selected } from './selection.js';
import { axisTicks } from './time-axis.js';

const DAY = 86_400_000;
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface Placed {
  readonly entry: TimelineEntry;
  /** The first and last day it may fall on; an open side is undefined. */
  readonly from?: Date;
  readonly to?: Date;
  /** The words for its date. */
  readonly when: string;
}

/** A row: events sharing extent and status. */
interface Row { readonly from?: Date; readonly to?: Date; readonly when: string; readonly status: EventData['status']; readonly events: Placed[] }

/**
 * Where each placed entry falls. A dated one spans [earliest, latest], open on the side its bound
 * leaves open; a RELATIVE one is bounded by its placing relation to a dated event: the source of
 * PRECEDES or CAUSE_OF comes before its target; the source of FOLLOWS_UP, RESPONSE_TO or PART_OF
 * after (or within) it.
 */
function place(model: Model): Placed[] {
  const { lang } = model;
  const dated = new Map(model.timeline.filter((e) => e.placement === 'DATED' && e.earliest && e.latest).map((e) => [e.event.id, e]));
  const before = new Set(['PRECEDES', 'CAUSE_OF']);
  const after = new Set(['FOLLOWS_UP', 'RESPONSE_TO', 'PART_OF']);
  return model.timeline.filter((e) => e.placement !== 'UNPLACED').map((entry): Placed => {
    const date = entry.event.date;
    if (entry.placement === 'DATED' && entry.earliest && entry.latest && date) {
      const when = plainDate(lang, { ...date, earliest: entry.earliest, latest: entry.latest });
      return {
        entry, when,
        from: date.bound === 'NOT_LATER_THAN' ? undefined : utc(entry.earliest),
        to: date.bound === 'NOT_EARLIER_THAN' ? undefined : utc(entry.latest),
      };
    }
    for (const r of entry.placedBy) {
      const isSource = r.source.id === entry.event.id;
      const other = dated.get(isSource ? r.target.id : r.source.id);
      if (!other?.earliest || !other.latest) continue;
      const earlier = isSource ? before.has(r.kind) : after.has(r.kind);
      const later = isSource ? after.has(r.kind) : before.has(r.kind);
      const why = `(${t(lang, 'placedBy')} ${other.event.title.text})`;
      if (earlier) return { entry, to: utc(other.latest), when: `${t(lang, 'before')} ${formatDay(lang, other.latest)} ${why}` };
      if (later) return { entry, from: utc(other.earliest), when: `${t(lang, 'after')} ${formatDay(lang, other.earliest)} ${why}` };
    }
    return { entry, when: t(lang, 'orderOnly') };
  });
}

/** Open pasts first (by their bound), then periods by start, then open futures; same extent and status share a row. */
function rows(placed: readonly Placed[]): Row[] {
  const rank = (p: Placed) => (p.from ? (p.to ? 1 : 2) : 0);
  const time = (p: Placed) => (p.from ?? p.to)?.getTime() ?? 0;
  const sorted = placed.filter((p) => p.from || p.to).sort((a, b) => rank(a) - rank(b) || time(a) - time(b) || (a.to?.getTime() ?? 0) - (b.to?.getTime() ?? 0));
  const list: Row[] = [];
  for (const p of sorted) {
    const last = list.at(-1);
    const status = p.entry.event.status;
    if (last && last.when === p.when && last.status === status && last.from?.getTime() === p.from?.getTime() && last.to?.getTime() === p.to?.getTime()) last.events.push(p);
    else list.push({ from: p.from, to: p.to, when: p.when, status, events: [p] });
  }
  return list;
}

function eventButton(event: EventData): HTMLElement {
  return h('button', { type: 'button', class: 'link tl-title', 'data-key': `tl:${event.id}`, onclick: () => select({ type: 'event', id: event.id }) }, event.title.text);
}

/** One row: its date in words, its events, and its mark on the track (a bar or an open arrow). */
function renderRow(lang: Lang, row: Row, published: Date): { element: HTMLElement; mark: HTMLElement } {
  const future = row.from && row.from.getTime() >= published.getTime() + DAY;
  const shape = row.from && row.to ? 'tl-bar' : `tl-open ${row.from ? 'open-end' : 'open-start'}`;
  const mark = h('span', { class: `${shape} status-${row.status.toLowerCase()}`, 'aria-hidden': 'true' });
  const first = row.events[0]?.entry.event;
  const element = h('li', { class: 'tl-row', 'data-status': row.status, 'data-shape': row.from && row.to ? 'bar' : 'open', 'data-anchor': `tl:${first?.id ?? ''}` },
    h('div', { class: 'tl-label' },
      h('p', { class: 'tl-when' }, row.when, ' ', statusBadge(lang, row.status), future ? h('span', { class: 'badge future' }, t(lang, 'afterPublication')) : null),
      h('ul', { class: 'tl-events' }, row.events.map(({ entry }) => h('li', {
        'data-event-slug': entry.event.slug, 'data-event-id': entry.event.id, 'data-placement': entry.placement, 'data-status': entry.event.status,
      }, eventButton(entry.event), entry.event.date?.isInferred ? h('span', { class: 'muted' }, ` · ${t(lang, 'inferred')}`) : null)))),
    h('div', { class: 'tl-track' }, mark));
  return { element, mark };
}

/** Events the axis cannot hold: no date, and no relation to a dated one. */
function offAxis(model: Model, placed: readonly Placed[]): HTMLElement | null {
  const { lang } = model;
  const orderOnly = placed.filter((p) => !p.from && !p.to).map((p) => p.entry);
  const list = [...orderOnly, ...model.timeline.filter((e) => e.placement === 'UNPLACED')];
  if (!list.length) return null;
  const relation = (entry: TimelineEntry) => entry.placedBy.flatMap((r) => {
    const isSource = r.source.id === entry.event.id;
    const other = model.events.get(isSource ? r.target.id : r.source.id);
    return other ? [`${isSource ? label.relationOut(lang, r.kind) : label.relationIn(lang, r.kind)}: ${other.title.text}`] : [];
  });
  return h('section', { class: 'tl-unplaced' },
    h('h3', {}, t(lang, 'offAxis')),
    h('p', { class: 'hint' }, t(lang, 'offAxisHint')),
    h('ul', {}, list.map((entry) => h('li', { 'data-event-slug': entry.event.slug, 'data-status': entry.event.status, 'data-placement': entry.placement, 'data-event-id': entry.event.id },
      eventButton(entry.event), ' ', statusBadge(lang, entry.event.status),
      relation(entry).map((r) => h('span', { class: 'basis' }, r))))));
}

export function renderTimeline(model: Model): HTMLElement {
  const { lang } = model;
  const placed = place(model);
  const published = utc(model.article.publishedOn);
  const drawn = rows(placed).map((row) => ({ row, ...renderRow(lang, row, published) }));
  const axis = h('div', { class: 'tl-axis', 'aria-hidden': 'true' });
  const publication = h('div', { class: 'tl-publication', 'aria-hidden': 'true' }, h('span', {}, t(lang, 'publication')));
  const track = h('div', { class: 'tl-axis-track' }, axis);
  const legend = h('ul', { class: 'tl-legend', 'aria-label': t(lang, 'legend') },
    STATUSES.map((status) => h('li', {}, h('span', { class: `tl-bar sample status-${status.toLowerCase()}`, 'aria-hidden': 'true' }), label.status(lang, status))));
  const element = h('section', { id: 'timeline', class: 'timeline', 'aria-labelledby': 'timeline-heading', 'data-anchor': 'timeline' },
    h('h2', { id: 'timeline-heading' }, t(lang, 'timeline')),
    h('p', { class: 'hint' }, t(lang, 'timelineHint')),
    legend,
    h('div', { class: 'tl-grid' }, h('div', { class: 'tl-axis-row' }, h('div', {}), track), h('ol', { class: 'tl-rows' }, drawn.map((d) => d.element)), publication),
    offAxis(model, placed));

  const days = drawn.flatMap(({ row }) => [row.from, row.to]).filter((d): d is Date => !!d).map((d) => d.getTime());
  const first = Math.min(published.getTime(), ...days) - 3 * DAY;
  const last = Math.max(published.getTime(), ...days) + 4 * DAY;
  // Positions depend on the track's width: lay out now and whenever it changes.
  new ResizeObserver(() => layout({ lang, track, axis, publication, published, first, last, marks: drawn })).observe(track);
  onSelect((selection) => highlightRows(element, model, selection));
  highlightRows(element, model, selected());
  return element;
}

interface Layout {
  lang: Lang; track: HTMLElement; axis: HTMLElement; publication: HTMLElement; published: Date; first: number; last: number;
  marks: readonly { row: Row; mark: HTMLElement }[];
}

function layout({ lang, track, axis, publication, published, first, last, marks }: Layout): void {
  const width = track.clientWidth;
  if (!width) return;
  const rtl = lang === 'ar';
  // A margin keeps the end ticks' labels inside the track; the past is on the right in Arabic.
  const x = (time: number) => {
    const share = (time - first) / (last - first);
    return 24 + (rtl ? 1 - share : share) * (width - 48);
  };
  // Positions go through the CSSOM: the page's CSP forbids style attributes.
  axis.replaceChildren(...axisTicks(lang, first, last, Math.max(2, Math.floor(width / 90))).map(({ time, text }) => {
    const tick = h('span', { class: 'tick' }, text);
    tick.style.left = `${x(time).toFixed(1)}px`;
    return tick;
  }));
  // The publication line crosses every row: "as of publication" is the end of the publication day.
  publication.style.left = `${track.offsetLeft + x(published.getTime() + DAY)}px`;
  for (const { row, mark } of marks) {
    // A day is drawn as the whole day: from its start to the next day's. An open side runs to the edge.
    const a = row.from ? x(row.from.getTime()) : rtl ? width : 0;
    const b = row.to ? x(row.to.getTime() + DAY) : rtl ? 0 : width;
    mark.style.left = `${Math.min(a, b)}px`;
    mark.style.width = `${Math.max(6, Math.abs(b - a))}px`;
  }
}

function highlightRows(element: HTMLElement, model: Model, selection: ReturnType<typeof selected>): void {
  const involved = new Set<string>();
  if (selection?.type === 'actor')
    for (const { event } of model.participations.get(selection.id) ?? []) involved.add(event.id);
  if (selection?.type === 'quote') for (const e of model.quotes.get(selection.id)?.about ?? []) involved.add(e.id);
  if (selection?.type === 'claim') for (const e of model.claims.get(selection.id)?.aboutEvents ?? []) involved.add(e.id);
  for (const item of element.querySelectorAll<HTMLElement>('[data-event-id]')) {
    const id = item.dataset.eventId ?? '';
    item.classList.toggle('is-selected', selection?.type === 'event' && selection.id === id);
    item.classList.toggle('is-involved', involved.has(id));
  }
}
