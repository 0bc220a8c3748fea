/**
 * Query semantics, in the data layer: what a filter means and how a slug argument is looked up.
 * The GraphQL type files declare the fields and call these; a slug that names nothing is a
 * BAD_USER_INPUT naming the argument (errors.ts), said the same way everywhere.
 */
import { badUserInput } from '../errors.js';
import { type Dataset, listOf, type Table } from './dataset.js';
import type { ActorRecord, ClaimRecord, EventRecord, ExpertOpinionRecord } from './records.js';

/**
 * The record of `table` with this slug, or a BAD_USER_INPUT error naming `argumentName` and
 * saying what the slug must name (`what`: "an actor", "an event", ...).
 */
function recordBySlug<T extends { id: string }>(table: Table<T>, slug: string, argumentName: string, what: string): T {
  const record = table.bySlug.get(slug);
  if (!record) throw badUserInput(argumentName, `\`${argumentName}\`: no ${what.replace(/^an? /, '')} has the slug "${slug}"; use ${what}'s \`slug\`.`);
  return record;
}

const actorBySlug = (dataset: Dataset, slug: string, argumentName: string): ActorRecord =>
  recordBySlug(dataset.actors, slug, argumentName, 'an actor');

const eventBySlug = (dataset: Dataset, slug: string, argumentName: string): EventRecord =>
  recordBySlug(dataset.events, slug, argumentName, 'an event');

/** Claims, narrowed by who asserts them (`claimant`, an actor's slug) and what they are about (`about`, an event's slug). */
export function filterClaims(dataset: Dataset, filter?: { claimant?: string | null; about?: string | null } | null): readonly ClaimRecord[] {
  let out = dataset.claims.all;
  if (filter?.claimant != null) out = listOf(dataset.claimsByClaimant, actorBySlug(dataset, filter.claimant, 'filter.claimant').id);
  if (filter?.about != null) {
    const event = eventBySlug(dataset, filter.about, 'filter.about');
    out = out.filter((c) => c.aboutEventIds.includes(event.id));
  }
  return out;
}

/** Expert opinions, narrowed by expert (an actor's slug) and stances. */
export function filterOpinions(
  dataset: Dataset,
  filter?: { expert?: string | null; stances?: readonly ExpertOpinionRecord['stance'][] | null } | null,
): readonly ExpertOpinionRecord[] {
  let out = dataset.expertOpinions.all;
  if (filter?.expert != null) out = listOf(dataset.opinionsByExpert, actorBySlug(dataset, filter.expert, 'filter.expert').id);
  if (filter?.stances) {
    const stances = new Set(filter.stances);
    out = out.filter((o) => stances.has(o.stance));
  }
  return out;
}
