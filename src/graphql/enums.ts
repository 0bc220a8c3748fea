/**
 * GraphQL enums. The dataset vocabularies come from `src/data/vocabulary.ts`, the same lists the
 * loader validates against, so the schema and the data cannot disagree.
 */
import { builder } from './builder.js';
import { searchKinds } from '../data/search.js';
import {
  ActorKind, AssertionLevel, AttributionKind, Channel, SpokenLanguage, DateBound, DatePrecision, EventKind, EventRelationKind, EventStatus,
  ParticipantRole, QuoteKind, Stance,
} from '../data/vocabulary.js';

function fromVocabulary<const V extends string>(
  name: string,
  description: string,
  vocabulary: { values: readonly V[]; descriptions: Record<V, string> },
) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(vocabulary.values.map((v) => [v, { value: v, description: vocabulary.descriptions[v] }])) as {
      [K in V]: { value: K; description: string };
    },
  });
}

export const ActorKindEnum = fromVocabulary('ActorKind', 'What kind of actor a record is.', ActorKind);
export const EventKindEnum = fromVocabulary('EventKind', 'What kind of event a record is.', EventKind);
export const EventStatusEnum = fromVocabulary('EventStatus', 'How the article presents an event: as fact, expectation, proposal, speculation or threat.', EventStatus);
export const ParticipantRoleEnum = fromVocabulary('ParticipantRole', 'The part an actor plays in an event.', ParticipantRole);
export const EventRelationKindEnum = fromVocabulary('EventRelationKind', 'How one event relates to another; read as "source KIND target".', EventRelationKind);
export const QuoteKindEnum = fromVocabulary('QuoteKind', 'Whether a quote gives the speaker\'s own words or reports them.', QuoteKind);
export const AttributionKindEnum = fromVocabulary('AttributionKind', 'Whose assertion a record is: the article\'s own voice, a named source, an unnamed one, or Akhbar\'s reading of the text.', AttributionKind);
export const AssertionLevelEnum = fromVocabulary('AssertionLevel', 'How a claim asserts: as fact, as opinion or as forecast (after Event Registry\'s levels).', AssertionLevel);
export const SpokenLanguageEnum = fromVocabulary('SpokenLanguage', 'The language a quote was first said or written in.', SpokenLanguage);
export const ChannelEnum = fromVocabulary('Channel', 'How a statement reached the public.', Channel);
export const StanceEnum = fromVocabulary('Stance', 'An expert\'s overall judgement of the subject of an opinion.', Stance);
export const DatePrecisionEnum = fromVocabulary('DatePrecision', 'How precise a date is.', DatePrecision);
export const DateBoundEnum = fromVocabulary('DateBound', 'How the event relates to the period a date names.', DateBound);

export const LanguageEnum = builder.enumType('Language', {
  description: 'A language of the dataset. Choose it with the `language` argument of `LocalizedText`\'s fields, or for a whole request with the `Accept-Language` header (default `ar`).',
  values: {
    AR: { value: 'ar', description: 'Arabic, the language of the source article.' },
    EN: { value: 'en', description: 'English, Akhbar\'s own translation.' },
  } as const,
});

export const TextDirectionEnum = builder.enumType('TextDirection', {
  description: 'The writing direction of a text, for the `dir` attribute of the element showing it.',
  values: {
    RTL: { value: 'rtl', description: 'Right to left (Arabic).' },
    LTR: { value: 'ltr', description: 'Left to right (English).' },
  } as const,
});

export const OrderDirectionEnum = builder.enumType('OrderDirection', {
  description: 'The direction of an ordering.',
  values: {
    ASC: { value: 'ASC', description: 'Ascending: earliest or smallest first.' },
    DESC: { value: 'DESC', description: 'Descending: latest or largest first.' },
  } as const,
});

export const SearchHitKindEnum = builder.enumType('SearchHitKind', {
  description: 'The kind of record a search hit is.',
  values: {
    ACTOR: { value: 'ACTOR', description: 'A person, organisation, place or group (matched on names, aliases and description).' },
    EVENT: { value: 'EVENT', description: 'An event (matched on title and summary).' },
    QUOTE: { value: 'QUOTE', description: 'A quote (matched on its text).' },
    CLAIM: { value: 'CLAIM', description: 'A claim (matched on its statement).' },
    EXPERT_OPINION: { value: 'EXPERT_OPINION', description: 'An expert opinion (matched on subject, credential and justification).' },
    PARAGRAPH: { value: 'PARAGRAPH', description: 'A paragraph of an article (matched on its text).' },
  } as const satisfies Record<(typeof searchKinds)[number], { value: (typeof searchKinds)[number]; description: string }>,
});

export const AnnotationKindEnum = builder.enumType('AnnotationKind', {
  description: 'What a highlighted range of a paragraph is evidence for. Mentions take the kind of the actor mentioned.',
  values: {
    PERSON: { value: 'PERSON', description: 'A mention of a person.' },
    ORGANIZATION: { value: 'ORGANIZATION', description: 'A mention of an organisation.' },
    PLACE: { value: 'PLACE', description: 'A mention of a place.' },
    GROUP: { value: 'GROUP', description: 'A mention of a group.' },
    ROLE: { value: 'ROLE', description: 'The words that give an actor a role or title.' },
    EVENT: { value: 'EVENT', description: 'Evidence for an event.' },
    EVENT_RELATION: { value: 'EVENT_RELATION', description: 'Evidence for a relation between two events.' },
    QUOTE: { value: 'QUOTE', description: 'A quote.' },
    CLAIM: { value: 'CLAIM', description: 'Evidence for a claim.' },
    EXPERT_OPINION: { value: 'EXPERT_OPINION', description: 'Evidence for an expert opinion.' },
  } as const,
});
