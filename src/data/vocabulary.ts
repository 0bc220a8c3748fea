/**
 * Controlled vocabularies shared by the loader (which validates `data/` against them) and the
 * GraphQL schema (which exposes them as enums). One list, defined once: add a value here and both
 * the validator and the schema learn it. Each value carries the description GraphQL clients see.
 */

function vocabulary<const T extends Record<string, string>>(values: T) {
  return {
    values: Object.keys(values) as [keyof T & string, ...(keyof T & string)[]],
    descriptions: values,
  };
}

export const ActorKind = vocabulary({
  PERSON: 'A named individual.',
  ORGANIZATION: 'An institution, agency, outlet or alliance.',
  PLACE: 'A country, city or region (also when a capital stands for its government).',
  GROUP: 'A collective the article refers to without naming its members, such as "European leaders".',
});

export const EventKind = vocabulary({
  MEETING: 'Two or more parties meet in person.',
  TALKS: 'Negotiations or a round of discussions.',
  VISIT: 'A trip by an actor to a place.',
  STATEMENT: 'A public statement, comment or refusal to comment.',
  COMMUNICATION: 'One party informs or notifies another.',
  DEADLINE: 'A deadline set by an actor, or its expiry.',
  SANCTIONS: 'Punitive measures, sanctions or restrictions imposed by one party on another.',
  TARIFFS: 'Customs duties imposed by one party on another.',
  CEASEFIRE: 'A truce or ceasefire, partial or full.',
  PEACE_AGREEMENT: 'A peace agreement or settlement.',
  WAR: 'An armed conflict or its outbreak.',
  TAKING_OFFICE: 'An actor assumes an office.',
  MEDIA_COVERAGE: 'Media outlets discuss, report on or speculate about something.',
  DIPLOMATIC_MISSION: 'An actor is sent on a diplomatic errand.',
  DEMAND: 'An actor demands something of another, or stands by demands it has made.',
});

export const EventStatus = vocabulary({
  OCCURRED: 'The article reports it as having happened.',
  ONGOING: 'The article reports it as under way at publication time.',
  EXPECTED: 'The article reports it as expected or likely to happen.',
  PROPOSED: 'An actor has proposed or announced an intention to do it.',
  SOUGHT: 'An actor seeks it as a goal; it has not happened.',
  SPECULATED: 'Discussed as a possibility by media or commentators; nobody has committed to it.',
  THREATENED: 'An actor warns it will or may happen if a condition is (not) met.',
});

export const ParticipantRole = vocabulary({
  INITIATOR: 'Sets it in motion: sets the deadline, sends the envoy, proposes the meeting.',
  PARTICIPANT: 'Takes part on an equal footing.',
  HOST: 'Receives the other participants.',
  VISITOR: 'Travels to take part.',
  ENVOY: 'Acts on behalf of another actor.',
  TARGET: 'The party a measure or threat is aimed at.',
  RECIPIENT: 'The party that is informed or addressed.',
  SUBJECT: 'The party whose action the event is (for example, the one who declines to comment).',
  REPORTER: 'The party that reports, discusses or speculates about it.',
  CONDITIONAL_PARTY: 'A party whose own commitment is a condition for it.',
});

export const EventRelationKind = vocabulary({
  PRECEDES: 'The source event happens before the target event.',
  FOLLOWS_UP: 'The source event continues or follows up on the target event.',
  CONDITION_OF: 'The source event is a condition for the target event.',
  PART_OF: 'The source event is part of the target event.',
  ALTERNATIVE_TO: 'The source event is the alternative to the target event (one or the other).',
  RESPONSE_TO: 'The source event responds to the target event.',
  CAUSE_OF: 'The source event leads to or prompts the target event; the evidence says so in causal words (because of, led to, as a result of), not only "after".',
  AIMS_AT: 'The source event is meant to bring about the target event: a purpose the text states ("a deadline for reaching an agreement"), not a cause.',
  CONFLICTS_WITH: 'The two events are accounts that cannot both be true as the article gives them (two counts of the same meetings); the article does not settle which, and neither is taken as fact. `concerns` lists the events whose reading depends on it.',
});

export const AttributionKind = vocabulary({
  ARTICLE: 'The article asserts it in its own voice, as the publisher\'s reporting.',
  NAMED_SOURCE: 'A source the article names asserts it (a person, an organisation, an outlet); `source` says who.',
  UNNAMED_SOURCE: 'A source the article does not name asserts it ("American reports", "expectations grew"); `source` is the group standing for it, when the dataset has one.',
  AKHBAR_READING: 'Nobody in the article asserts it: it is Akhbar\'s editors\' reading of the text, explained in `note`.',
});

export const AssertionLevel = vocabulary({
  FACT: 'Presented as what happened or what is the case.',
  OPINION: 'A judgement, assessment or interpretation.',
  FORECAST: 'A statement about what will or may happen.',
});

export const SpokenLanguage = vocabulary({
  AR: 'Arabic.',
  EN: 'English.',
  RU: 'Russian.',
  UNKNOWN: 'The article does not say or imply the language.',
});

export const QuoteKind = vocabulary({
  DIRECT: 'The speaker\'s words between quotation marks.',
  REPORTED: 'The speaker\'s words paraphrased in reported speech.',
});

export const Channel = vocabulary({
  SOCIAL_MEDIA: 'Posted on the speaker\'s social media accounts.',
  INTERVIEW: 'Said in an interview with the publisher.',
  NEWS_AGENCY: 'Reported by a news agency.',
  OFFICIAL_STATEMENT: 'An official statement or briefing.',
  MEDIA_REPORT: 'Media reports without a named speaker.',
  UNSPECIFIED: 'The article does not say how it was said.',
});

export const Stance = vocabulary({
  POSITIVE: 'Judges the subject favourably.',
  MIXED: 'Sees value and limits alike.',
  NEUTRAL: 'Describes without judging.',
  SKEPTICAL: 'Doubts the subject will achieve much.',
  NEGATIVE: 'Judges the subject a failure or harmful.',
});

export const DatePrecision = vocabulary({
  DAY: 'A calendar day: `value` is YYYY-MM-DD.',
  WEEK: 'An ISO week: `value` is YYYY-Www.',
  MONTH: 'A calendar month: `value` is YYYY-MM.',
  YEAR: 'A calendar year: `value` is YYYY.',
});

export const DateBound = vocabulary({
  EXACT: 'The event falls within the period `value` names.',
  NOT_LATER_THAN: 'The event happened within or before the period `value` names.',
  NOT_EARLIER_THAN: 'The event happens within or after the period `value` names.',
  APPROXIMATE: 'The event falls around the period `value` names.',
});
