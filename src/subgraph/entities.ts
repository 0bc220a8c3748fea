/**
 * The federation entities of the Akhbar subgraph: which types another subgraph may extend or refer
 * to, and how `_entities` finds one from its key. Every entity is keyed by its `slug`, the stable,
 * human-readable key (the Relay `id` is opaque and may change format; a slug does not).
 *
 * Declared here, in one place, rather than in the type files: the plain schema has no use for
 * them, and `asEntity` only attaches metadata that `builder.toSubGraphSchema` reads (`@key` and a
 * reference resolver); `builder.toSchema()` prints and serves exactly what it did before.
 */
import { builder } from '../builder.js';
import type { Dataset, Table } from '../data/dataset.js';
import type { ActorRecord } from '../data/records.js';
import {
  ArticleRef, ClaimRef, EventRef, ExpertOpinionRef, GroupRef, OrganizationRef, PersonRef, PlaceRef, QuoteRef,
} from '../schema/refs.js';

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
