/**
 * The one selection the whole page shares: choosing Putin in the text, the network or a card
 * selects him in every view. Views subscribe and restyle themselves; the URL keeps the choice.
 */
import type { Selection } from './model.js';

type Listener = (selection: Selection | undefined) => void;

let current: Selection | undefined;
const listeners = new Set<Listener>();

export function selected(): Selection | undefined {
  return current;
}

export function select(selection: Selection | undefined): void {
  current = selection;
  for (const listener of listeners) listener(selection);
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
