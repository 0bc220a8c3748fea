/**
 * Relay cursor pagination over the precomputed lists of the dataset, with the API's page-size
 * rules (src/list-rules.ts: `first`/`last` default to 20 and may not exceed 100; a larger or
 * negative one is refused before execution by src/http/guards/limits.ts). Cursors are opaque.
 */
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { badUserInput } from '../errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../list-rules.js';

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

const CURSOR_PREFIX = 'OffsetConnection:';

function checkCursor(name: 'after' | 'before', cursor: string | null | undefined): void {
  if (cursor == null) return;
  const decoded = /^[A-Za-z0-9+/=]+$/.test(cursor) ? Buffer.from(cursor, 'base64').toString('utf8') : '';
  if (!decoded.startsWith(CURSOR_PREFIX) || !/^\d{1,9}$/.test(decoded.slice(CURSOR_PREFIX.length)))
    throw badUserInput(name, `"${cursor.slice(0, 80)}" is not a valid cursor for \`${name}\`: pass a \`cursor\` or \`pageInfo.startCursor\`/\`endCursor\` from this list, unchanged.`);
}

/** One page of a list, as the connection types expect it. */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/**
 * Checks the cursors, then cuts one page out of `list`, with `totalCount`. `list` needs only
 * `length` and `slice`: search results make the hits of one page only.
 */
export function paginate<T extends object>(args: PageArgs, list: Pick<readonly T[], 'length' | 'slice'>): Page<T> {
  checkCursor('after', args.after);
  checkCursor('before', args.before);
  const page = resolveArrayConnection({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE }, list as T[]);
  const edges = page.edges.filter((e): e is { cursor: string; node: T } => e != null);
  return {
    edges,
    pageInfo: { ...page.pageInfo, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: list.length,
  };
}
