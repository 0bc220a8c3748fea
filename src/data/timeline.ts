/**
 * Chronology: orders events by date where the article gives or implies one, and places undated
 * events by their relations (A precedes B, A follows up on B, ...). Events that neither a date nor
 * a relation places are listed last, marked as unplaced, rather than given an invented position.
 */
import type { EventRecord, EventRelationRecord } from './records.js';
import { dateRange } from './validate.js';

type Placement = 'DATED' | 'RELATIVE' | 'UNPLACED';

export interface TimelineEntry {
  readonly event: EventRecord;
  /** 0-based position in the chronology. */
  readonly position: number;
  readonly placement: Placement;
  /** First and last calendar day the event's date covers, when it has one. */
  readonly first?: string;
  readonly last?: string;
  /** For RELATIVE placements: the relations that place the event. */
  readonly placedBy: readonly EventRelationRecord[];
}

/** The relation kinds that imply an order, as [earlier, later] of (from, to). */
function order(r: EventRelationRecord): [string, string] | undefined {
  switch (r.kind) {
    case 'PRECEDES':
    case 'CAUSE_OF':
    case 'AIMS_AT': // a goal comes after what is done to reach it
      return [r.fromEventId, r.toEventId];
    case 'FOLLOWS_UP':
    case 'RESPONSE_TO':
    case 'PART_OF': // the whole is listed before its parts
      return [r.toEventId, r.fromEventId];
    default:
      return undefined;
  }
}

/** The order the relations impose: who must come after whom, and which relations place each event. */
interface RelationGraph {
  /** id -> ids that must come after it. */
  readonly before: ReadonlyMap<string, ReadonlySet<string>>;
  /** id -> ids that must come before it. */
  readonly after: ReadonlyMap<string, ReadonlySet<string>>;
  /** id -> the relations that order it against another event of the list. */
  readonly placing: ReadonlyMap<string, EventRelationRecord[]>;
}

function relationGraph(ids: ReadonlySet<string>, relations: readonly EventRelationRecord[]): RelationGraph {
  const before = new Map<string, Set<string>>();
  const after = new Map<string, Set<string>>();
  const placing = new Map<string, EventRelationRecord[]>();
  for (const r of relations) {
    const o = order(r);
    if (!o || !ids.has(o[0]) || !ids.has(o[1])) continue;
    (before.get(o[0]) ?? before.set(o[0], new Set()).get(o[0])!).add(o[1]);
    (after.get(o[1]) ?? after.set(o[1], new Set()).get(o[1])!).add(o[0]);
    for (const id of o) (placing.get(id) ?? placing.set(id, []).get(id)!).push(r);
  }
  return { before, after, placing };
}

/**
 * Sort keys: an event's own first day; an undated event goes just after the latest event it
 * must follow, or, when it only precedes others, at the start (it is background: "since the war
 * began", "the four previous meetings"): the text says it came before, not how long before.
 */
function sortKeys(events: readonly EventRecord[], range: ReadonlyMap<string, { first: string }>, graph: RelationGraph): Map<string, string> {
  const key = new Map<string, string>();
  for (const [id, r] of range) key.set(id, r.first);
  const inherit = (id: string, seen: Set<string>): string | undefined => {
    if (key.has(id)) return key.get(id);
    if (seen.has(id)) return undefined;
    seen.add(id);
    const earlier = [...(graph.after.get(id) ?? [])].map((x) => inherit(x, seen)).filter((x): x is string => x !== undefined).sort();
    if (earlier.length > 0) return earlier.at(-1);
    return graph.before.has(id) ? '' : undefined;
  };
  for (const e of events) {
    const k = inherit(e.id, new Set());
    if (k !== undefined) key.set(e.id, k);
  }
  return key;
}

/**
 * Among events with the same date key, follow the article: an event goes as early as the
 * earliest-reported event it leads to (so a chain is not interrupted by an unrelated event).
 */
function articleLead(events: readonly EventRecord[], fileOrder: ReadonlyMap<string, number>, key: ReadonlyMap<string, string>, graph: RelationGraph): Map<string, number> {
  const lead = new Map<string, number>();
  const leadOf = (id: string, seen: Set<string>): number => {
    const known = lead.get(id);
    if (known !== undefined) return known;
    seen.add(id);
    let best = fileOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
    for (const later of graph.before.get(id) ?? []) if (!seen.has(later) && key.get(later) === key.get(id)) best = Math.min(best, leadOf(later, seen));
    lead.set(id, best);
    return best;
  };
  for (const e of events) leadOf(e.id, new Set());
  return lead;
}

/**
 * Kahn's algorithm over the relation graph, always taking the ready event that sorts first under
 * `compare`. The ready events are in a heap, and every placed event is sorted once for breaking
 * cycles: re-sorting the ready list at each step made a dataset-wide chronology quadratic.
 */
function relationOrder(placed: readonly EventRecord[], isPlaced: (id: string) => boolean, compare: (a: EventRecord, b: EventRecord) => number, graph: RelationGraph): EventRecord[] {
  const byId = new Map(placed.map((e) => [e.id, e]));
  const indegree = new Map(placed.map((e) => [e.id, [...(graph.after.get(e.id) ?? [])].filter(isPlaced).length]));
  const ready = new Heap(compare);
  for (const e of placed) if (indegree.get(e.id) === 0) ready.push(e);
  const fallback = [...placed].sort(compare);
  let cursor = 0;
  const sorted: EventRecord[] = [];
  const done = new Set<string>();
  while (sorted.length < placed.length) {
    // A cycle in the relations leaves nothing ready: break it at the smallest remaining key.
    let next = ready.pop();
    if (next === undefined) {
      while (done.has(fallback[cursor]!.id)) cursor++;
      next = fallback[cursor]!;
    }
    if (done.has(next.id)) continue;
    done.add(next.id);
    sorted.push(next);
    for (const later of graph.before.get(next.id) ?? []) {
      const d = (indegree.get(later) ?? 0) - 1;
      indegree.set(later, d);
      if (d === 0 && !done.has(later)) ready.push(byId.get(later)!);
    }
  }
  return sorted;
}

/**
 * The chronology of `events`, using only the relations between two of them. Dated events sort by
 * their first day; undated events take a sort key from their relations (see `sortKeys`) and are
 * then ordered against their neighbours by the relations themselves.
 */
export function buildTimeline(events: readonly EventRecord[], relations: readonly EventRelationRecord[]): TimelineEntry[] {
  const range = new Map<string, { first: string; last: string }>();
  for (const e of events) {
    const r = e.date ? dateRange(e.date) : undefined;
    if (r && typeof r !== 'string') range.set(e.id, r);
  }
  const graph = relationGraph(new Set(events.map((e) => e.id)), relations);
  const key = sortKeys(events, range, graph);
  const isPlaced = (id: string) => range.has(id) || graph.placing.has(id);
  const fileOrder = new Map(events.map((e, i) => [e.id, i]));
  const lead = articleLead(events, fileOrder, key, graph);
  // Events without any key go after keyed ones, in file order. Keys are ISO dates, '' or '\uffff':
  // code-unit order is their order.
  const rank = (e: EventRecord) => key.get(e.id) ?? '\uffff';
  const byRank = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const compare = (a: EventRecord, b: EventRecord) =>
    byRank(rank(a), rank(b)) || lead.get(a.id)! - lead.get(b.id)! || fileOrder.get(a.id)! - fileOrder.get(b.id)!;
  const sorted = relationOrder(events.filter((e) => isPlaced(e.id)), isPlaced, compare, graph);
  return [...sorted, ...events.filter((e) => !isPlaced(e.id))].map((event, position) => {
    const r = range.get(event.id);
    return {
      event, position,
      placement: r ? 'DATED' : graph.placing.has(event.id) ? 'RELATIVE' : 'UNPLACED',
      ...(r ? { first: r.first, last: r.last } : {}),
      placedBy: r ? [] : graph.placing.get(event.id) ?? [],
    };
  });
}

/** A binary min-heap under `compare`. */
class Heap<T> {
  readonly #items: T[] = [];
  constructor(private readonly compare: (a: T, b: T) => number) {}

  push(item: T): void {
    const items = this.#items;
    let i = items.push(item) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(items[i]!, items[parent]!) >= 0) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    for (let i = 0; ;) {
      const l = 2 * i + 1, r = l + 1;
      let min = i;
      if (l < items.length && this.compare(items[l]!, items[min]!) < 0) min = l;
      if (r < items.length && this.compare(items[r]!, items[min]!) < 0) min = r;
      if (min === i) break;
      [items[i], items[min]] = [items[min]!, items[i]!];
      i = min;
    }
    return top;
  }
}
