/**
 * `node(id:)` and `nodes(ids:)`: refetch any record by its opaque global id. Written here rather
 * than with the relay plugin's loaders because every record is already in memory: a global id
 * names a type and a record id, and the lookup is one map access.
 */
import { GraphQLError } from 'graphql';
import { builder, parseGlobalID } from './builder.js';
import { recordOfType } from '../data/kinds.js';
import { MAX_NODES } from '../list-rules.js';


builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'Any record by its global `id`; null when no record has that id.',
    args: { id: t.arg.globalID({ required: true, description: 'A global `id` returned by this API, unchanged.' }) },
    resolve: (_root, { id }, ctx) => recordOfType(ctx.dataset, id.typename, id.id),
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: `Several records by their global ids, in the order given; null for each id no record has. A malformed id is null at its index, with an error whose \`path\` ends with that index. At most ${MAX_NODES} ids.`,
    args: { ids: t.arg.idList({ required: true, description: `Global ids returned by this API, unchanged (at most ${MAX_NODES}).` }) },
    resolve: (_root, { ids }, ctx) => {
      // An error in place of an item: the executor nulls that item alone and reports its path.
      return ids.map((raw, index) => {
        const id = parseGlobalID(String(raw), `ids[${index}]`);
        return id instanceof GraphQLError ? id : recordOfType(ctx.dataset, id.typename, id.id);
      });
    },
  }),
}));
