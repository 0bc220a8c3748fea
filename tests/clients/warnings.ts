/**
 * Every console message a client prints while a test runs: the client tests require none. Apollo
 * Client, urql's graphcache and Relay all report cache problems (missing fields, entities without
 * keys, fragments that cannot match) through the console, and only in development builds.
 */
import { format } from 'node:util';
import { afterEach, beforeEach, expect, vi } from 'vitest';

export function collectWarnings(): { messages: string[] } {
  const state = { messages: [] as string[] };
  beforeEach(() => {
    state.messages = [];
    for (const level of ['warn', 'error', 'log', 'info', 'debug'] as const)
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void state.messages.push(`${level}: ${format(...args)}`));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    expect(state.messages, 'client warnings').toEqual([]);
  });
  return state;
}
