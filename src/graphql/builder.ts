/**
 * The one SchemaBuilder of the project: plugins, scalars and the context type. It defines no
 * types; each type lives in its own file under `src/graphql/`.
 */
import SchemaBuilder, { completeValue, RootFieldBuilder } from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import { GraphQLError, Kind } from 'graphql';
import { DateResolver, DateTimeResolver, DurationResolver } from 'graphql-scalars';
import type { Context } from '../context.js';
import { badUserInput } from '../errors.js';

/** Global ids are opaque to clients; inside, they are base64 of `<Type>:<record id>`. */
function encodeGlobalID(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`, 'utf8').toString('base64url');
}

/**
 * The type and record id inside a global id, or a BAD_USER_INPUT error naming `argumentName`
 * (`nodes(ids:)` returns it in place of one item, so that only that item is null).
 */
export function parseGlobalID(globalID: string, argumentName = 'id'): { typename: string; id: string } | GraphQLError {
  const decoded = /^[A-Za-z0-9_-]+$/.test(globalID) ? Buffer.from(globalID, 'base64url').toString('utf8') : '';
  const match = /^([A-Z][A-Za-z]*):(.+)$/.exec(decoded);
  if (!match) return badUserInput(argumentName, `"${globalID.slice(0, 80)}" is not a valid Akhbar id (\`${argumentName}\`): use the \`id\` of an object this API returned, unchanged.`);
  return { typename: match[1]!, id: match[2]! };
}

function decodeGlobalID(globalID: string): { typename: string; id: string } {
  const parsed = parseGlobalID(globalID);
  if (parsed instanceof GraphQLError) throw parsed;
  return parsed;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Connection: { totalCount: number };
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date | string };
    Duration: { Input: string; Output: string };
  };
}>({
  plugins: [RelayPlugin, DirectivesPlugin, FederationPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    encodeGlobalID,
    decodeGlobalID,
    edgesFieldOptions: { nullable: false, description: 'The records of this page with their cursors.' },
    nodeFieldOptions: { nullable: false, description: 'The record at the end of this edge.' },
    idFieldOptions: {
      description: 'A globally unique, opaque identifier: pass it to `node(id:)` unchanged. Do not parse it; its format may change.',
    },
    nodeTypeOptions: { description: 'An object with a globally unique, opaque `id` that `node(id:)` fetches again.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its list (Relay cursor connections).' },
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    firstArgOptions: { description: 'Return at most this many records from the start of the list (after `after`). Default 20, at most 100.' },
    lastArgOptions: { description: 'Return at most this many records from the end of the list (before `before`). At most 100.' },
    afterArgOptions: { description: 'Return records after this cursor (an opaque `cursor` from this list).' },
    beforeArgOptions: { description: 'Return records before this cursor (an opaque `cursor` from this list).' },
    pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
    hasNextPageFieldOptions: { description: 'Whether records follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether records precede this page.' },
    startCursorFieldOptions: { description: 'The cursor of the first record of this page.' },
    endCursorFieldOptions: { description: 'The cursor of the last record of this page.' },
    cursorFieldOptions: { description: 'An opaque cursor: pass it as `after` or `before` to page from here.' },
    nodesOnConnection: { description: 'The records of this page, without cursors.' },
  },
});

/**
 * Every `id` field is resolved synchronously. The relay plugin wraps it in an `async` resolver,
 * so each `id` is a promise; and yoga's executor (@graphql-tools/executor 2.1, like graphql-js 16
 * before graphql/graphql-js#4643) drops the promises of a list's earlier items when a later item
 * fails synchronously on a non-null field. Their rejections then reach no handler, and an
 * unhandled rejection ends a Node process: one query with a bad cursor under a list of records
 * with ids took the server down (found by tests/hardening/fuzz.test.ts). Records are in memory,
 * so nothing here needs to wait: encode the id right away.
 */
type GlobalIDFieldOptions = { resolve: (...args: unknown[]) => unknown; [option: string]: unknown };
type FieldBuilderWithGlobalID = {
  globalID(this: FieldBuilderWithGlobalID, options: GlobalIDFieldOptions): unknown;
  field(options: Record<string, unknown>): unknown;
  builder: { configStore: { getTypeConfig(ref: unknown): { name: string } } };
};
(RootFieldBuilder.prototype as unknown as FieldBuilderWithGlobalID).globalID = function globalID({ resolve, ...options }) {
  return this.field({
    ...options,
    type: 'ID',
    resolve: (...args: unknown[]) => completeValue(resolve(...args), (result) => {
      if (!result || typeof result !== 'object') return result;
      const { type, id } = result as { type: unknown; id: unknown };
      return encodeGlobalID(this.builder.configStore.getTypeConfig(type).name, String(id));
    }),
  });
};

// graphql-scalars turns a Date input into a JS Date at midnight UTC; the API compares ISO date
// strings (as the `Input: string` above says), so keep the validated string itself.
builder.addScalarType('Date', DateResolver, {
  description: 'A calendar date in ISO 8601 form, YYYY-MM-DD (graphql-scalars `Date`).',
  specifiedByURL: 'https://datatracker.ietf.org/doc/html/rfc3339#section-5.6',
  parseValue: (value) => {
    DateResolver.parseValue(value);
    return value as string;
  },
  parseLiteral: (ast, variables) => {
    DateResolver.parseLiteral(ast, variables);
    return ast.kind === Kind.STRING ? ast.value : '';
  },
});
builder.addScalarType('DateTime', DateTimeResolver, {
  description: 'A date and time in ISO 8601 / RFC 3339 form, such as 2025-08-08T12:00:00.000Z (graphql-scalars `DateTime`).',
  specifiedByURL: 'https://scalars.graphql.org/chillicream/date-time.html',
});
builder.addScalarType('Duration', DurationResolver, {
  description: 'A duration in ISO 8601 form, such as PT3H for three hours (graphql-scalars `Duration`).',
  specifiedByURL: 'https://www.iso.org/iso-8601-date-and-time-format.html',
});

builder.queryType({ description: 'The entry points into the Akhbar knowledge graph. Everything is read-only.' });

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many records the whole list holds, across all pages (after any filter).',
    resolve: (connection) => connection.totalCount,
  }),
);
