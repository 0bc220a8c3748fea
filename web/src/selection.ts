/**
 * The one selection the whole page shares: choosing Putin in the text, the network or a card
 * selects him in every view. Views subscribe and restyle themselves; the URL keeps the choice.
 * A selection says where it came from: the reader's own choice ('user') adds a history entry;
 * one replayed from the URL or by Back ('history') does not.
 */
import type { Selection } from './model.js';

export type Source = 'user' | 'history';
type Listener = (selection: Selection | undefined, source: Source) => void;

let current: Selection | undefined;
const listeners = new Set<Listener>();

export function selected(): Selection | undefined {
  return current;
}

export function select(selection: Selection | undefined, source: Source = 'user'): void {
  current = selection;
  for (const listener of listeners) listener(selection, source);
}

export function onSelect(listener: Listener): void {
  listeners.add(listener);
}

export function clearListeners(): void {
  listeners.clear();
}

export function same(a: Selection | undefined, b: Selection | undefined): boolean {
  return !!a && !!b && a.type === b.type && a.id === b.id;
}
