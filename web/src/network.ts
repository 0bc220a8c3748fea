/**
 * The actor network: actors joined when they share an event (as participants or its place), a
 * quote (speaker and the outlet reporting it) or a claim (claimant and the actors it is about).
 * Node area follows the number of mentions. d3-force lays it out, run to rest before drawing
 * (deterministic: d3-force seeds its own random source), so nothing moves under the reader.
 */
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { h, s } from './dom.js';
import { comma, label, t, type Lang } from './i18n.js';
import type { Actor, Model } from './model.js';
import { onSelect, select, selected } from './selection.js';
import { zoomable } from './zoom.js';

interface Node extends SimulationNodeDatum { readonly actor: Actor; readonly r: number }
interface Link extends SimulationLinkDatum<Node> { readonly key: string; events: number; quotes: number; claims: number }

const WIDTH = 720;
const HEIGHT = 480;

/** The links, with how many events, quotes and claims each pair shares. */
function networkLinks(model: Model): Map<string, { a: string; b: string; events: number; quotes: number; claims: number }> {
  const links = new Map<string, { a: string; b: string; events: number; quotes: number; claims: number }>();
  const add = (x: string, y: string, what: 'events' | 'quotes' | 'claims') => {
    if (x === y || !model.actors.has(x) || !model.actors.has(y)) return;
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a} ${b}`;
    const link = links.get(key) ?? { a, b, events: 0, quotes: 0, claims: 0 };
    link[what]++;
    links.set(key, link);
  };
  for (const event of model.events.values()) {
    const members = [...new Set([...event.participants.map((p) => p.actor.id), ...(event.place ? [event.place.id] : [])])];
    members.forEach((x, i) => members.slice(i + 1).forEach((y) => add(x, y, 'events')));
  }
  for (const quote of model.quotes.values()) if (quote.reportedBy) add(quote.speaker.id, quote.reportedBy.id, 'quotes');
  for (const claim of model.claims.values()) for (const about of claim.aboutActors) add(claim.claimant.id, about.id, 'claims');
  return links;
}

/** Runs d3-force to rest (deterministic: it seeds its own random source) and keeps every node inside the drawing. */
function layoutNodes(model: Model): { nodes: Node[]; links: Link[] } {
  // Area follows mentions: the radius grows with the square root, from 5 to 26.
  const most = Math.max(1, ...[...model.actors.values()].map((a) => a.mentionCount));
  const nodes: Node[] = [...model.actors.values()].map((actor) => ({ actor, r: 5 + 21 * Math.sqrt(actor.mentionCount / most) }));
  const links: Link[] = [...networkLinks(model).entries()].map(([key, l]) => ({ key, source: l.a, target: l.b, events: l.events, quotes: l.quotes, claims: l.claims }));
  const simulation = forceSimulation(nodes)
    .force('link', forceLink<Node, Link>(links).id((n) => n.actor.id).distance((l) => 60 + (l.source as Node).r + (l.target as Node).r).strength(0.4))
    .force('charge', forceManyBody().strength(-260))
    .force('collide', forceCollide<Node>((n) => n.r + 18))
    .force('x', forceX(WIDTH / 2).strength(0.06))
    .force('y', forceY(HEIGHT / 2).strength(0.09))
    .force('center', forceCenter(WIDTH / 2, HEIGHT / 2))
    .stop();
  simulation.tick(Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay())));
  for (const n of nodes) {
    n.x = Math.max(n.r + 40, Math.min(WIDTH - n.r - 40, n.x ?? 0));
    n.y = Math.max(n.r + 4, Math.min(HEIGHT - n.r - 18, n.y ?? 0));
  }
  return { nodes, links };
}

function drawLinks(lang: Lang, links: readonly Link[]): { line: SVGLineElement; a: string; b: string }[] {
  const shared = (l: Link) => [
    l.events ? `${l.events} ${t(lang, 'events')}` : '',
    l.quotes ? `${l.quotes} ${t(lang, 'quotes')}` : '',
    l.claims ? `${l.claims} ${t(lang, 'claims')}` : '',
  ].filter(Boolean).join(' · ');
  return links.map((l) => {
    const a = l.source as Node;
    const b = l.target as Node;
    const line = s('line', { class: 'link', x1: a.x?.toFixed(1), y1: a.y?.toFixed(1), x2: b.x?.toFixed(1), y2: b.y?.toFixed(1) },
      s('title', {}, `${a.actor.name.text} — ${b.actor.name.text}: ${shared(l)}`));
    // The width in CSS, divided there by the zoom's scale, so a line keeps its width when zoomed.
    line.style.setProperty('--w', String(Math.min(6, 1 + l.events + l.quotes + l.claims)));
    return { line, a: a.actor.id, b: b.actor.id };
  });
}

interface Drawn { readonly g: SVGGElement; readonly text: SVGTextElement; readonly node: Node; readonly id: string }

function drawNodes(lang: Lang, nodes: readonly Node[]): Drawn[] {
  return nodes.map((n) => {
    const name = `${n.actor.name.text}: ${label.actorKind(lang, n.actor.kind)}${comma(lang)}${n.actor.mentionCount} ${t(lang, 'mentionsCount')}`;
    const text = s('text', { 'aria-hidden': 'true' }, n.actor.name.text);
    const g = s('g', {
      class: `node k-${n.actor.kind.toLowerCase()}`, transform: `translate(${n.x?.toFixed(1)},${n.y?.toFixed(1)})`,
      role: 'button', tabindex: 0, 'aria-label': name, 'data-key': `net:${n.actor.id}`, 'aria-pressed': 'false', 'data-actor-id': n.actor.id, 'data-actor-slug': n.actor.slug,
    }, s('circle', { r: n.r.toFixed(1) }), text);
    return { g, text, node: n, id: n.actor.id };
  });
}

/**
 * How many of the most mentioned actors are labelled at 1×; the others on hover, focus or
 * selection. Zoomed in k times there is k² times the room, and as on a map more are named.
 */
const LABELLED = 8;
/** The labels' size in CSS pixels, whatever the drawing's scale. */
const LABEL_PX = 13;

type Box = { x0: number; y0: number; x1: number; y1: number };
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Places the labels at `size` user units, for the zoom's view: the most mentioned first, each
 * below, above, beside its node, whichever stays in view and collides with no circle and no label
 * placed before; one that fits nowhere is shown only on hover and focus. Widths are estimated
 * (0.6 em a character): no layout is read.
 */
function placeLabels(drawn: readonly Drawn[], size: number, view: { k: number; x: number; y: number }): void {
  const { k, x: left, y: top } = view;
  const taken: Box[] = drawn.map(({ node: n }) => ({ x0: (n.x ?? 0) - n.r, y0: (n.y ?? 0) - n.r, x1: (n.x ?? 0) + n.r, y1: (n.y ?? 0) + n.r }));
  const order = [...drawn].sort((a, b) => b.node.actor.mentionCount - a.node.actor.mentionCount);
  // `text-anchor` start and end follow the text's direction: in Arabic, start is the right end.
  const rtl = !!drawn[0] && getComputedStyle(drawn[0].text).direction === 'rtl';
  const anchor = (side: 'left' | 'right' | 'middle') => (side === 'middle' ? side : (side === 'left') === rtl ? 'end' : 'start');
  order.forEach(({ text, node: n, g }, rank) => {
    const w = n.actor.name.text.length * size * 0.6;
    const x = n.x ?? 0;
    const y = n.y ?? 0;
    const options = [
      { dx: 0, dy: n.r + size, anchor: 'middle', box: { x0: x - w / 2, y0: y + n.r, x1: x + w / 2, y1: y + n.r + size * 1.2 } },
      { dx: 0, dy: -n.r - size * 0.35, anchor: 'middle', box: { x0: x - w / 2, y0: y - n.r - size * 1.2, x1: x + w / 2, y1: y - n.r } },
      { dx: n.r + 4, dy: size * 0.35, anchor: anchor('left'), box: { x0: x + n.r + 4, y0: y - size / 2, x1: x + n.r + 4 + w, y1: y + size / 2 } },
      { dx: -n.r - 4, dy: size * 0.35, anchor: anchor('right'), box: { x0: x - n.r - 4 - w, y0: y - size / 2, x1: x - n.r - 4, y1: y + size / 2 } },
    ];
    const inside = (b: Box) => b.x0 >= left && b.x1 <= left + WIDTH / k && b.y0 >= top && b.y1 <= top + HEIGHT / k;
    const fit = options.find((o) => inside(o.box) && !taken.some((t2, i) => i !== drawn.findIndex((d) => d.node === n) && overlaps(o.box, t2)));
    const chosen = fit ?? options[0];
    if (!chosen) return;
    text.setAttribute('x', chosen.dx.toFixed(1));
    text.setAttribute('y', chosen.dy.toFixed(1));
    text.setAttribute('text-anchor', chosen.anchor);
    const shown = rank < Math.round(LABELLED * k * k) && !!fit;
    g.classList.toggle('labelled', shown);
    if (shown) taken.push(chosen.box);
  });
}

function networkLegend(lang: Lang): HTMLElement {
  return h('ul', { class: 'legend network-legend', 'aria-label': t(lang, 'legend') },
    (['PERSON', 'ORGANIZATION', 'PLACE', 'GROUP'] as const).map((kind) => h('li', {},
      h('span', { class: `dot k-${kind.toLowerCase()}`, 'aria-hidden': 'true' }), label.actorKind(lang, kind))),
    h('li', {}, t(lang, 'networkSize')),
    h('li', {}, t(lang, 'networkLine')));
}

export function renderNetwork(model: Model): HTMLElement {
  const { lang } = model;
  const { nodes, links } = layoutNodes(model);
  const lines = drawLinks(lang, links);
  const circles = drawNodes(lang, nodes);
  const svg = s('svg', { class: 'network-svg', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'group', 'aria-labelledby': 'network-heading', 'aria-describedby': 'network-hint' },
    s('g', { class: 'links' }, lines.map((l) => l.line)),
    s('g', { class: 'nodes' }, circles.map((c) => c.g)));
  const nodeOf = (target: EventTarget | null) => circles.find((c) => c.g === (target as Element | null)?.closest?.('g.node'));
  const activate = (target: EventTarget | null) => {
    const id = nodeOf(target)?.id;
    if (id && model.actors.has(id)) select({ type: 'actor', id });
  };
  svg.addEventListener('click', (event) => activate(event.target));
  svg.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    activate(event.target);
  });
  const { zoom, controls } = zoomable(lang, svg, WIDTH, HEIGHT, () => relabel());
  // A node reached with Tab while zoomed in is brought into view.
  svg.addEventListener('focusin', (event) => {
    const node = nodeOf(event.target)?.node;
    if (node) zoom.reveal({ x: node.x ?? 0, y: node.y ?? 0 });
  });
  // The drawing scales with its box and with the zoom; the labels keep one CSS size, and are
  // placed again at it, in the part in view, whenever the box or the view changes.
  let width = 0;
  const relabel = () => {
    if (!width) return; // not laid out yet, or hidden (phones show the list)
    const size = (LABEL_PX * WIDTH) / width / zoom.view.k;
    svg.style.fontSize = `${size.toFixed(2)}px`;
    placeLabels(circles, size, zoom.view);
  };
  new ResizeObserver(() => {
    const now = svg.getBoundingClientRect().width;
    if (!now || Math.abs(now - width) < 1) return;
    width = now;
    relabel();
  }).observe(svg);
  onSelect((selection) => restyle(model, lines, circles, selection));
  restyle(model, lines, circles, selected());
  return h('section', { id: 'network', class: 'network', 'aria-labelledby': 'network-heading', 'data-anchor': 'network' },
    h('h2', { id: 'network-heading' }, t(lang, 'network')),
    h('p', { class: 'hint drawing-hint', id: 'network-hint' }, t(lang, 'networkHint')),
    h('p', { class: 'hint list-hint' }, t(lang, 'networkListHint')),
    networkLegend(lang),
    controls,
    svg,
    renderNetworkList(model));
}

function restyle(model: Model, lines: ReturnType<typeof drawLinks>, circles: readonly Drawn[], selection: ReturnType<typeof selected>): void {
  const id = selection?.type === 'actor' ? selection.id : undefined;
  const neighbours = new Set(lines.filter((l) => l.a === id || l.b === id).flatMap((l) => [l.a, l.b]));
  const involved = new Set<string>();
  if (selection?.type === 'event') for (const p of model.events.get(selection.id)?.participants ?? []) involved.add(p.actor.id);
  for (const c of circles) {
    c.g.setAttribute('aria-pressed', String(c.id === id));
    c.g.classList.toggle('is-selected', c.id === id);
    c.g.classList.toggle('is-neighbour', c.id !== id && neighbours.has(c.id));
    c.g.classList.toggle('is-involved', involved.has(c.id));
    c.g.classList.toggle('is-dimmed', !!id && c.id !== id && !neighbours.has(c.id));
  }
  for (const l of lines) {
    l.line.classList.toggle('is-active', !!id && (l.a === id || l.b === id));
    l.line.classList.toggle('is-dimmed', !!id && l.a !== id && l.b !== id);
  }
}

/**
 * The network as a list, for phones (CSS shows one or the other): each actor by mentions, with
 * the actors it is linked to. A drawing 300 px wide has no room for readable labels.
 */
function renderNetworkList(model: Model): HTMLElement {
  const { lang } = model;
  const neighbours = new Map<string, Set<string>>();
  for (const { a, b } of networkLinks(model).values()) {
    neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
    neighbours.set(b, (neighbours.get(b) ?? new Set()).add(a));
  }
  const actors = [...model.actors.values()].sort((x, y) => y.mentionCount - x.mentionCount);
  const items = actors.map((actor) => {
    const linked = [...(neighbours.get(actor.id) ?? [])].flatMap((id) => model.actors.get(id)?.name.text ?? []);
    return h('li', { class: `kind-${actor.kind.toLowerCase()}`, 'data-actor-id': actor.id, 'data-actor-slug': actor.slug },
      h('button', { type: 'button', class: 'link', 'data-key': `netlist:${actor.id}`, onclick: () => select({ type: 'actor', id: actor.id }) }, actor.name.text),
      h('span', { class: 'muted' }, ` · ${label.actorKind(lang, actor.kind)} · ${actor.mentionCount} ${t(lang, 'mentionsCount')}`),
      linked.length ? h('span', { class: 'linked' }, `${t(lang, 'linkedTo')}: ${linked.join(comma(lang))}`) : null);
  });
  onSelect((selection) => {
    for (const li of items) li.classList.toggle('is-selected', selection?.type === 'actor' && selection.id === li.dataset.actorId);
  });
  return h('ul', { class: 'network-list', 'aria-label': t(lang, 'networkList') }, items);
}
