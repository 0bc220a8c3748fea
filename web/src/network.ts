/**
 * The actor network: actors joined when they share an event (as participants or its place), a
 * quote (speaker and the outlet reporting it) or a claim (claimant and the actors it is about).
 * Node area follows the number of mentions. d3-force lays it out, run to rest before drawing
 * (deterministic: d3-force seeds its own random source), so nothing moves under the reader.
 */
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { h, s } from './dom.js';
import { label, t } from './i18n.js';
import type { Actor, Model } from './model.js';
import { onSelect, select, selected } from './selection.js';

interface Node extends SimulationNodeDatum { readonly actor: Actor; readonly r: number }
interface Link extends SimulationLinkDatum<Node> { readonly key: string; events: number; quotes: number; claims: number }

const WIDTH = 720;
const HEIGHT = 480;

/** The links, with how many events, quotes and claims each pair shares. */
export function networkLinks(model: Model): Map<string, { a: string; b: string; events: number; quotes: number; claims: number }> {
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

export function renderNetwork(model: Model): HTMLElement {
  const { lang } = model;
  // Area follows mentions: the radius grows with the square root, from 5 to 26.
  const most = Math.max(1, ...[...model.actors.values()].map((a) => a.mentionCount));
  const radius = (mentions: number) => 5 + 21 * Math.sqrt(mentions / most);
  const nodes: Node[] = [...model.actors.values()].map((actor) => ({ actor, r: radius(actor.mentionCount) }));
  const byId = new Map(nodes.map((n) => [n.actor.id, n]));
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
  // Keep every node and its label inside the drawing.
  for (const n of nodes) {
    n.x = Math.max(n.r + 40, Math.min(WIDTH - n.r - 40, n.x ?? 0));
    n.y = Math.max(n.r + 4, Math.min(HEIGHT - n.r - 18, n.y ?? 0));
  }

  const shared = (l: Link) => [
    l.events ? `${l.events} ${t(lang, 'events')}` : '',
    l.quotes ? `${l.quotes} ${t(lang, 'quotes')}` : '',
    l.claims ? `${l.claims} ${t(lang, 'claims')}` : '',
  ].filter(Boolean).join(' · ');

  const lines = links.map((l) => {
    const a = l.source as Node;
    const b = l.target as Node;
    const line = s('line', { class: 'link', x1: a.x?.toFixed(1), y1: a.y?.toFixed(1), x2: b.x?.toFixed(1), y2: b.y?.toFixed(1), 'stroke-width': Math.min(6, 1 + l.events + l.quotes + l.claims) },
      s('title', {}, `${a.actor.name.text} — ${b.actor.name.text}: ${shared(l)}`));
    return { line, a: a.actor.id, b: b.actor.id };
  });
  const circles = nodes.map((n) => {
    const name = `${n.actor.name.text}: ${label.actorKind(lang, n.actor.kind)}, ${n.actor.mentionCount} ${t(lang, 'mentionsCount')}`;
    const g = s('g', {
      class: `node k-${n.actor.kind.toLowerCase()}`, transform: `translate(${n.x?.toFixed(1)},${n.y?.toFixed(1)})`,
      role: 'button', tabindex: 0, 'aria-label': name, 'data-key': `net:${n.actor.id}`, 'aria-pressed': 'false', 'data-actor-id': n.actor.id, 'data-actor-slug': n.actor.slug,
    },
    s('circle', { r: n.r.toFixed(1) }),
    s('text', { y: (n.r + 13).toFixed(1), 'text-anchor': 'middle' }, n.actor.name.text));
    return { g, id: n.actor.id };
  });

  const svg = s('svg', { class: 'network-svg', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'group', 'aria-labelledby': 'network-heading', 'aria-describedby': 'network-hint' },
    s('g', { class: 'links' }, lines.map((l) => l.line)),
    s('g', { class: 'nodes' }, circles.map((c) => c.g)));
  const activate = (target: EventTarget | null) => {
    const g = (target as Element | null)?.closest<SVGGElement>('g.node');
    const id = g?.dataset.actorId;
    if (id && byId.has(id)) select({ type: 'actor', id });
  };
  svg.addEventListener('click', (event) => activate(event.target));
  svg.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    activate(event.target);
  });

  const restyle = (selection: ReturnType<typeof selected>) => {
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
  };
  onSelect(restyle);
  restyle(selected());

  return h('section', { id: 'network', class: 'network', 'aria-labelledby': 'network-heading', 'data-anchor': 'network' },
    h('h2', { id: 'network-heading' }, t(lang, 'network')),
    h('p', { class: 'hint', id: 'network-hint' }, t(lang, 'networkHint')),
    svg,
    renderNetworkList(model));
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
    return h('li', { class: `k-${actor.kind.toLowerCase()}`, 'data-actor-id': actor.id, 'data-actor-slug': actor.slug },
      h('button', { type: 'button', class: 'link', 'data-key': `netlist:${actor.id}`, onclick: () => select({ type: 'actor', id: actor.id }) }, actor.name.text),
      h('span', { class: 'muted' }, ` · ${label.actorKind(lang, actor.kind)} · ${actor.mentionCount} ${t(lang, 'mentionsCount')}`),
      linked.length ? h('span', { class: 'linked' }, `${t(lang, 'linkedTo')}: ${linked.join(lang === 'ar' ? '، ' : ', ')}`) : null);
  });
  onSelect((selection) => {
    for (const li of items) li.classList.toggle('is-selected', selection?.type === 'actor' && selection.id === li.dataset.actorId);
  });
  return h('ul', { class: 'network-list', 'aria-label': t(lang, 'networkList') }, items);
}
