/**
 * The record kinds, in one registry: for each kind its id prefix, its table, its GraphQL type
 * (for actors, by the actor's kind) and where its slug comes from. It answers "what is this
 * record?" for the loader (references point into the table their prefix names), `node(id:)`,
 * abstract types (Node, Actor, the unions), `isTypeOf`, slugs and the federation subgraph.
 */
import type { ActorRecord, RecordTableName } from './records.js';

export interface RecordKind {
  /** The id prefix, before the underscore: `evt` in `evt_witkoff-putin-talks`. */
  readonly prefix: string;
  readonly table: RecordTableName;
  /** The GraphQL object type; `undefined` for actors, whose type depends on their kind. */
  readonly typename: string | undefined;
  /** `stored`: the record has a `slug` of its own; `id`: its slug is its id without the prefix. */
  readonly slug: 'stored' | 'id';
}

const recordKinds: readonly RecordKind[] = [
  { prefix: 'art', table: 'articles', typename: 'Article', slug: 'stored' },
  { prefix: 'sec', table: 'sections', typename: 'Section', slug: 'id' },
  { prefix: 'par', table: 'paragraphs', typename: 'Paragraph', slug: 'id' },
  { prefix: 'act', table: 'actors', typename: undefined, slug: 'stored' },
  { prefix: 'rol', table: 'roles', typename: 'Role', slug: 'id' },
  { prefix: 'men', table: 'mentions', typename: 'Mention', slug: 'id' },
  { prefix: 'evt', table: 'events', typename: 'Event', slug: 'stored' },
  { prefix: 'rel', table: 'eventRelations', typename: 'EventRelation', slug: 'id' },
  { prefix: 'quo', table: 'quotes', typename: 'Quote', slug: 'stored' },
  { prefix: 'clm', table: 'claims', typename: 'Claim', slug: 'stored' },
  { prefix: 'opn', table: 'expertOpinions', typename: 'ExpertOpinion', slug: 'stored' },
];

/** The GraphQL type of an actor of each kind. */
export const actorTypenames: Readonly<Record<ActorRecord['kind'], string>> = {
  PERSON: 'Person', ORGANIZATION: 'Organization', PLACE: 'Place', GROUP: 'Group',
};

const byPrefix = new Map(recordKinds.map((k) => [k.prefix, k]));
const byTypename = new Map(recordKinds.filter((k) => k.typename).map((k) => [k.typename!, k]));
const actorKindOfTypename = new Map(Object.entries(actorTypenames).map(([kind, name]) => [name, kind]));

/** The kind of the record with this id, from its prefix; `undefined` for an unknown prefix. */
export function kindOfId(id: string): RecordKind | undefined {
  return byPrefix.get(id.slice(0, id.indexOf('_')));
}

/** The GraphQL type of a record (an object with an `id`, and a `kind` for actors); `undefined` if it is none. */
export function typenameOf(value: unknown): string | undefined {
  const record = value as { id?: unknown; kind?: unknown };
  if (typeof record.id !== 'string') return undefined;
  const kind = kindOfId(record.id);
  if (kind?.table === 'actors') return actorTypenames[record.kind as ActorRecord['kind']];
  return kind?.typename;
}

/** `isTypeOf` for a GraphQL object type: whether a value is a record of that type. */
export const isRecordOfType = (typename: string) => (value: unknown): boolean => typenameOf(value) === typename;

/** The slug of a record: its own, or its id without the prefix (see `RecordKind.slug`). */
export function slugOf(record: { readonly id: string; readonly slug?: string }): string {
  return record.slug ?? record.id.slice(record.id.indexOf('_') + 1);
}

/** What `recordOfType` needs of the dataset: each table by id. */
type TablesById = { readonly [K in Exclude<RecordTableName, 'actors'>]: { readonly byId: ReadonlyMap<string, object> } } & {
  readonly actors: { readonly byId: ReadonlyMap<string, ActorRecord> };
};

/** The record of GraphQL type `typename` with this id, or `null` (`node(id:)`). */
export function recordOfType(dataset: TablesById, typename: string, id: string): object | null {
  const actorKind = actorKindOfTypename.get(typename);
  if (actorKind) {
    const actor = dataset.actors.byId.get(id);
    return actor?.kind === actorKind ? actor : null;
  }
  const kind = byTypename.get(typename);
  return (kind && dataset[kind.table].byId.get(id)) ?? null;
}
