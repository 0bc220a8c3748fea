/**
 * The federation entities of the Akhbar subgraph: which types another subgraph may extend or refer
 * to, and how `_entities` finds one from its key. Every entity is keyed by its `slug`, the stable,
 * human-readable key (the Relay `id` is opaque and may change format; a slug does not).
 *
 * Declared here, in one place, rather than in the type files: the plain schema has no use for
 * them, and `asEntity` only attaches metadata that `builder.toSubGraphSchema` reads (`@key` and a
 * reference resolver); `builder.toSchema()` prints and serves exactly what it did before.
 *
 * `_entities` itself comes from @apollo/subgraph; `withCheckedRepresentations` puts a check of the
 * representations in front of it, so that bad ones are client errors (`BAD_USER_INPUT`).
 */
import { type GraphQLSchema, isUnionType } from 'graphql';
import { builder } from '../graphql/builder.js';
import type { Dataset, Table } from '../data/dataset.js';
import type { ActorRecord } from '../data/records.js';
import { badUserInput } from '../errors.js';
import {
  ArticleRef, ClaimRef, EventRef, ExpertOpinionRef, GroupRef, OrganizationRef, PersonRef, PlaceRef, QuoteRef,
} from '../graphql/refs.js';

const bySlug = builder.selection<{ slug: string }>('slug');

/**
 * `_entities` (in @apollo/subgraph) tags each object it is handed with `__typename`, and the
 * dataset is deeply frozen: hand it a shallow copy. No resolver depends on a record's identity.
 */
const copy = <T extends object>(record: T | undefined): T | null => (record ? { ...record } : null);

/** A record by slug from one table; null when there is none (federation's "no such entity"). */
const fromTable = <T extends { id: string }>(table: (dataset: Dataset) => Table<T>) =>
  ({ slug }: { slug: string }, ctx: { dataset: Dataset }): T | null => copy(table(ctx.dataset).bySlug.get(slug));

/** An actor by slug, only when it is of the entity's kind: a Place's slug is no Person. */
const actorOfKind = (kind: ActorRecord['kind']) =>
  ({ slug }: { slug: string }, ctx: { dataset: Dataset }): ActorRecord | null => {
    const actor = ctx.dataset.actors.bySlug.get(slug);
    return actor?.kind === kind ? copy(actor) : null;
  };

builder.asEntity(PersonRef, { key: bySlug, resolveReference: actorOfKind('PERSON') });
builder.asEntity(OrganizationRef, { key: bySlug, resolveReference: actorOfKind('ORGANIZATION') });
builder.asEntity(PlaceRef, { key: bySlug, resolveReference: actorOfKind('PLACE') });
builder.asEntity(GroupRef, { key: bySlug, resolveReference: actorOfKind('GROUP') });
builder.asEntity(ArticleRef, { key: bySlug, resolveReference: fromTable((d) => d.articles) });
builder.asEntity(EventRef, { key: bySlug, resolveReference: fromTable((d) => d.events) });
builder.asEntity(QuoteRef, { key: bySlug, resolveReference: fromTable((d) => d.quotes) });
builder.asEntity(ClaimRef, { key: bySlug, resolveReference: fromTable((d) => d.claims) });
builder.asEntity(ExpertOpinionRef, { key: bySlug, resolveReference: fromTable((d) => d.expertOpinions) });

/** A client's value in an error message: as JSON, cut short (representations can be any size). */
const shown = (value: unknown) => {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 64 ? `${json.slice(0, 64)}…` : json;
};

/**
 * What is wrong with one representation handed to `_entities`, or `undefined` when nothing is: it
 * must be an object whose `__typename` is one of `entityTypes` and whose `slug` (every entity's
 * key) is a string.
 */
function representationProblem(representation: unknown, entityTypes: readonly string[]): string | undefined {
  if (typeof representation !== 'object' || representation === null || Array.isArray(representation))
    return `is ${shown(representation)}; a representation is an object with \`__typename\` and \`slug\``;
  const { __typename: typename, slug } = representation as Record<string, unknown>;
  if (typeof typename !== 'string' || !entityTypes.includes(typename))
    return `has \`__typename\` ${shown(typename)}, which is not an entity type of this subgraph; the entity types are ${entityTypes.join(', ')}`;
  if (slug === undefined) return `(${typename}) has no \`slug\`; every entity is keyed by its \`slug\`, a string`;
  if (typeof slug !== 'string') return `(${typename}) has \`slug\` ${shown(slug)}; the \`slug\` must be a string`;
  return undefined;
}

/**
 * Makes `schema`'s `_entities` check every representation before @apollo/subgraph's resolver sees
 * it, and refuse the request with `BAD_USER_INPUT` naming the first bad one. That resolver throws a
 * plain Error for an unknown `__typename` (an internal error to the client, a stack in the log),
 * and would look up a missing or non-string slug as if it were one. The entity types allowed are
 * the members of the schema's `_Entity` union: what `asEntity` declared above.
 *
 * The field's resolver is replaced in place, once, before the schema serves anything: rebuilding
 * the schema around one field would copy every type for nothing.
 */
export function withCheckedRepresentations(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  const union = schema.getType('_Entity');
  const resolve = field?.resolve;
  if (!field || !resolve || !isUnionType(union)) throw new Error('the subgraph schema has no _entities field and _Entity union');
  const entityTypes = union.getTypes().map((type) => type.name).sort();
  field.resolve = (source, args: { representations: readonly unknown[] }, context, info) => {
    args.representations.forEach((representation, i) => {
      const problem = representationProblem(representation, entityTypes);
      if (problem) throw badUserInput('representations', `\`representations[${i}]\` ${problem}.`);
    });
    return resolve(source, args, context, info);
  };
  return schema;
}
