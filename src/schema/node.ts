/**
 * `node(id:)` and `nodes(ids:)`: refetch any record by its opaque global id. Written here rather
 * than with the relay plugin's loaders because every record is already in memory: a global id
 * names a type and a record id, and the lookup is one map access.
 */
import { GraphQLError } from 'graphql';
import { builder, parseGlobalID } from '../builder.js';
import type { Dataset } from '../data/dataset.js';
import { badUserInput } from '../errors.js';

export const MAX_NODES = 100;

/** The table behind each node type, and whether a record of that table belongs to that type. */
function lookup(dataset: Dataset, typename: string, id: string): object | null {
  const actor = (kind: string) => {
    const a = dataset.actors.byId.get(id);
    return a && a.kind === kind ? a : null;
  };
  switch (typename) {
    case 'Article': return dataset.articles.byId.get(id) ?? null;
    case 'Section': return dataset.sections.byId.get(id) ?? null;
    case 'Paragraph': return dataset.paragraphs.byId.get(id) ?? null;
    case 'Person': return actor('PERSON');
    case 'Organization': return actor('ORGANIZATION');
    case 'Place': return actor('PLACE');
    case 'Group': return actor('GROUP');
    case 'Role': return dataset.roles.byId.get(id) ?? null;
    case 'Mention': return dataset.mentions.byId.get(id) ?? null;
    case 'Event': return dataset.events.byId.get(id) ?? null;
    case 'EventRelation': return dataset.eventRelations.byId.get(id) ?? null;
    case 'Quote': return dataset.quotes.byId.get(id) ?? null;
    case 'Claim': return dataset.claims.byId.get(id) ?? null;
    case 'ExpertOpinion': return dataset.expertOpinions.byId.get(id) ?? null;
    default: return null;
  }
}

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'Any record by its global `id`; null when no record has that id.',
    args: { id: t.arg.globalID({ required: true, description: 'A global `id` returned by this API, unchanged.' }) },
    resolve: (_root, { id }, ctx) => lookup(ctx.dataset, id.typename, id.id),
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: `Several records by their global ids, in the order given; null for each id no record has. A malformed id is null at its index, with an error whose \`path\` ends with that index. At most ${MAX_NODES} ids.`,
    args: { ids: t.arg.idList({ required: true, description: `Global ids returned by this API, unchanged (at most ${MAX_NODES}).` }) },
    resolve: (_root, { ids }, ctx) => {
      if (ids.length > MAX_NODES) throw badUserInput('ids', `\`ids\` may hold at most ${MAX_NODES} ids (got ${ids.length}).`);
      // An error in place of an item: the executor nulls that item alone and reports its path.
      return ids.map((raw, index) => {
        const id = parseGlobalID(String(raw), `ids[${index}]`);
        return id instanceof GraphQLError ? id : lookup(ctx.dataset, id.typename, id.id);
      });
    },
  }),
}));
