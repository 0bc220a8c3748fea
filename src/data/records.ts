/**
 * The record types of the dataset, one zod schema per table in `data/`. These schemas check the
 * shape of each record; whole-dataset rules (references, uniqueness, span excerpts) live in
 * `validate.ts`. The TypeScript types that the rest of the code uses are inferred from here.
 */
import { z } from 'zod';
import {
  ActorKind, AssertionLevel, AttributionKind, Channel, DateBound, DatePrecision, EventKind, EventRelationKind, EventStatus,
  ParticipantRole, QuoteKind, SpokenLanguage, Stance,
} from './vocabulary.js';

const nonEmpty = z.string().trim().min(1, 'must be a non-empty string');

/** A record id: a table prefix, an underscore, then lowercase words joined by hyphens. */
const id = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}_[a-z0-9]+(?:-[a-z0-9]+)*$`), `must look like "${prefix}_some-name"`);

/** A slug: lowercase ASCII words joined by hyphens, unique per type. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');

const placeholder = /^(?:TODO|TBD|FIXME|XXX)\b/i;

/** Text in the source language (Arabic) with our English translation. Both are required. */
const localized = z.strictObject({
  ar: z.string({ error: 'missing Arabic text' }).trim().min(1, 'missing Arabic text'),
  en: z.string({ error: 'missing English translation' }).trim().min(1, 'missing English translation')
    .refine((s) => !placeholder.test(s), 'English translation is a placeholder, not a translation'),
});

/** An ISO 8601 calendar date (YYYY-MM-DD) that exists on the calendar. */
const isoDate = z.iso.date({ message: 'must be an ISO 8601 calendar date (YYYY-MM-DD)' });

/**
 * Evidence: a range of one paragraph's Arabic text. Offsets are UTF-16 code units, end exclusive
 * (`String.prototype.slice`); `excerpt` must equal the text at those offsets.
 */
const span = z.strictObject({
  paragraphId: id('par'),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  excerpt: nonEmpty,
});

const evidence = z.array(span).min(1, 'must cite at least one source span');

/** A range of a paragraph's English translation (`text.en`), with the same offset rules as a span. */
const englishRange = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  excerpt: nonEmpty,
});

/**
 * Where a cited Arabic range stands in the paragraph's English translation: one per distinct
 * range that any record cites (validate.ts checks both sides and the one-to-one match). `en` is
 * null where the translation has no counterpart, and then `note` says why; a `note` beside a
 * range says what else the range holds (the translation reorders words).
 */
const alignment = z.strictObject({
  span,
  en: englishRange.nullable(),
  note: nonEmpty.optional(),
}).refine((a) => a.en !== null || a.note !== undefined, {
  message: 'an alignment without an English range needs a `note` saying why the translation has no counterpart',
  path: ['note'],
});

/**
 * Whose assertion a record is: the article's own voice, a named source, an unnamed one, or Akhbar's
 * reading. `sourceId` names the source (required for NAMED_SOURCE, the group standing for an
 * UNNAMED_SOURCE when there is one, absent otherwise); `viaId` the outlet that relayed it.
 */
const attribution = z.strictObject({
  kind: z.enum(AttributionKind.values),
  sourceId: id('act').optional(),
  viaId: id('act').optional(),
  note: localized.optional(),
}).superRefine((a, ctx) => {
  if (a.kind === 'NAMED_SOURCE' && a.sourceId === undefined)
    ctx.addIssue({ code: 'custom', path: ['sourceId'], message: 'a NAMED_SOURCE attribution must name its source (`sourceId`)' });
  if ((a.kind === 'ARTICLE' || a.kind === 'AKHBAR_READING') && a.sourceId !== undefined)
    ctx.addIssue({ code: 'custom', path: ['sourceId'], message: `an ${a.kind} attribution has no \`sourceId\`: it is nobody else's assertion` });
  if (a.kind === 'AKHBAR_READING' && a.note === undefined)
    ctx.addIssue({ code: 'custom', path: ['note'], message: 'an AKHBAR_READING attribution must say in `note` why we read the text so' });
});

/**
 * The language a quote was first said or written in: stated or implied by the article, or
 * UNKNOWN. `basis` says how we know (or why we do not).
 */
const originalLanguage = z.strictObject({
  language: z.enum(SpokenLanguage.values),
  isInferred: z.boolean(),
  basis: localized,
});

/**
 * A date as precise as the article allows. `value` is ISO 8601 at the given precision. An inferred
 * date says how it was inferred in `basis`; a stated one may quote the wording there too.
 */
const partialDate = z.strictObject({
  value: nonEmpty,
  precision: z.enum(DatePrecision.values),
  bound: z.enum(DateBound.values),
  isInferred: z.boolean(),
  basis: localized.optional(),
});

export const manifest = z.strictObject({
  schemaVersion: z.number().int().positive(),
  contentHash: z.string().regex(/^sha256-[0-9a-f]{64}$/, 'must be "sha256-" and 64 hex digits'),
  generatedAt: z.iso.datetime({ message: 'must be an ISO 8601 date-time' }),
  source: nonEmpty,
  licence: nonEmpty,
});

const article = z.strictObject({
  id: id('art'),
  slug,
  language: z.literal('ar'),
  publishedOn: isoDate,
  datelinePlaceId: id('act'),
  publisherId: id('act'),
  /** The source has no headline: this one is written by us, and marked as such. */
  headline: localized,
  isHeadlineEditorial: z.boolean(),
  /** The spans an editorial headline summarises: its hedges must survive in the headline. */
  headlineEvidence: z.array(span).optional(),
  sourceNote: localized,
});

const section = z.strictObject({
  id: id('sec'),
  articleId: id('art'),
  position: z.number().int().nonnegative(),
  /** `null` for the lead, which has no heading in the source. */
  heading: localized.nullable(),
  headingIsEditorial: z.boolean(),
});

const paragraph = z.strictObject({
  id: id('par'),
  sectionId: id('sec'),
  position: z.number().int().nonnegative(),
  text: localized,
});

const actor = z.strictObject({
  id: id('act'),
  slug,
  kind: z.enum(ActorKind.values),
  name: localized,
  /** Other ways of writing the name; Arabic spelling variants and English forms. */
  aliases: z.array(z.strictObject({ ar: nonEmpty.optional(), en: nonEmpty.optional() })
    .refine((a) => a.ar !== undefined || a.en !== undefined, 'an alias needs `ar` or `en`')),
  description: localized,
});

const role = z.strictObject({
  id: id('rol'),
  actorId: id('act'),
  title: localized,
  organizationId: id('act').optional(),
  countryId: id('act').optional(),
  evidence,
});

const mention = z.strictObject({
  id: id('men'),
  actorId: id('act'),
  span,
});

const event = z.strictObject({
  id: id('evt'),
  slug,
  articleId: id('art'),
  kind: z.enum(EventKind.values),
  status: z.enum(EventStatus.values),
  title: localized,
  summary: localized,
  date: partialDate.optional(),
  placeId: id('act').optional(),
  /** ISO 8601 duration, as stated in the article. */
  duration: z.iso.duration({ message: 'must be an ISO 8601 duration such as PT3H' }).optional(),
  /** How many times it happened, when the article gives a count (a series of meetings). */
  count: z.number().int().positive().optional(),
  participants: z.array(z.strictObject({ actorId: id('act'), role: z.enum(ParticipantRole.values) })),
  /** Our note where the article is vague or inconsistent about this event. */
  note: localized.optional(),
  attribution,
  evidence,
});

const eventRelation = z.strictObject({
  id: id('rel'),
  kind: z.enum(EventRelationKind.values),
  fromEventId: id('evt'),
  toEventId: id('evt'),
  /** Other events whose reading depends on this relation (the talks, for two conflicting counts). */
  concernsEventIds: z.array(id('evt')).optional(),
  note: localized.optional(),
  attribution,
  evidence,
});

const quote = z.strictObject({
  id: id('quo'),
  slug,
  articleId: id('art'),
  kind: z.enum(QuoteKind.values),
  speakerId: id('act'),
  /** `ar` is verbatim from the paragraph the first evidence span cites; `en` is our translation of it. */
  text: localized,
  originalLanguage,
  channel: z.enum(Channel.values),
  reportedById: id('act').optional(),
  aboutEventIds: z.array(id('evt')),
  evidence,
});

const claim = z.strictObject({
  id: id('clm'),
  slug,
  articleId: id('art'),
  claimantId: id('act'),
  /** What is asserted, as a self-contained sentence in both languages. */
  statement: localized,
  attribution,
  level: z.enum(AssertionLevel.values),
  quoteIds: z.array(id('quo')),
  aboutEventIds: z.array(id('evt')),
  aboutActorIds: z.array(id('act')),
  evidence,
});

const expertOpinion = z.strictObject({
  id: id('opn'),
  slug,
  articleId: id('art'),
  expertId: id('act'),
  credential: localized,
  channel: z.enum(Channel.values),
  reportedById: id('act').optional(),
  subject: localized,
  subjectEventId: id('evt').optional(),
  stance: z.enum(Stance.values),
  stanceJustification: localized,
  claimIds: z.array(id('clm')),
  quoteIds: z.array(id('quo')),
  evidence,
});

export type Span = z.infer<typeof span>;

/** A range's identity: records citing the same words share one alignment. */
export const spanKey = (span: Span): string => `${span.paragraphId}:${span.start}:${span.end}`;
export type AlignmentRecord = z.infer<typeof alignment>;
export type AttributionRecord = z.infer<typeof attribution>;
export type OriginalLanguageRecord = z.infer<typeof originalLanguage>;
export type PartialDateRecord = z.infer<typeof partialDate>;
export type LocalizedRecord = z.infer<typeof localized>;
export type ManifestRecord = z.infer<typeof manifest>;
export type ArticleRecord = z.infer<typeof article>;
export type SectionRecord = z.infer<typeof section>;
export type ParagraphRecord = z.infer<typeof paragraph>;
export type ActorRecord = z.infer<typeof actor>;
export type RoleRecord = z.infer<typeof role>;
export type MentionRecord = z.infer<typeof mention>;
export type EventRecord = z.infer<typeof event>;
export type EventParticipantRecord = EventRecord['participants'][number];
export type EventRelationRecord = z.infer<typeof eventRelation>;
export type QuoteRecord = z.infer<typeof quote>;
export type ClaimRecord = z.infer<typeof claim>;
export type ExpertOpinionRecord = z.infer<typeof expertOpinion>;

/** The tables of `data/`: file name (without `.json`) and the schema of one record. */
export const tables = {
  articles: article,
  sections: section,
  paragraphs: paragraph,
  actors: actor,
  roles: role,
  mentions: mention,
  events: event,
  eventRelations: eventRelation,
  quotes: quote,
  claims: claim,
  expertOpinions: expertOpinion,
  alignments: alignment,
} as const;

export type TableName = keyof typeof tables;
/** The tables of records with ids (every table but the alignments, which are keyed by their span). */
export type RecordTableName = Exclude<TableName, 'alignments'>;
export type Tables = { [K in TableName]: z.infer<(typeof tables)[K]>[] };
