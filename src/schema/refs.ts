/**
 * The GraphQL type references and the data records behind them, declared in one place so that
 * the type files (which refer to each other in both directions) import refs from here and never
 * from each other: no import cycles, no order in which the type files must load.
 */
import type { Annotation } from '../data/dataset.js';
import type {
  ActorRecord, ArticleRecord, ClaimRecord, EventParticipantRecord, EventRecord, EventRelationRecord,
  ExpertOpinionRecord, LocalizedRecord, ManifestRecord, MentionRecord, ParagraphRecord,
  PartialDateRecord, QuoteRecord, RoleRecord, SectionRecord, Span,
} from '../data/records.js';
import type { SearchHit, TextRange } from '../data/search.js';
import type { TimelineEntry } from '../data/timeline.js';
import { builder } from '../builder.js';

/**
 * The GraphQL type of a record, from its id prefix (and an actor's kind). Abstract types (Node,
 * Actor, the unions) resolve through this one function rather than by asking every member type.
 */
export function typenameOf(value: unknown): string | undefined {
  const record = value as { id?: unknown; kind?: unknown };
  if (typeof record.id !== 'string') return undefined;
  const prefix = record.id.slice(0, record.id.indexOf('_'));
  if (prefix === 'act') {
    return ({ PERSON: 'Person', ORGANIZATION: 'Organization', PLACE: 'Place', GROUP: 'Group' } as Record<string, string>)[String(record.kind)];
  }
  return ({
    art: 'Article', sec: 'Section', par: 'Paragraph', rol: 'Role', men: 'Mention', evt: 'Event', rel: 'EventRelation',
    quo: 'Quote', clm: 'Claim', opn: 'ExpertOpinion',
  } as Record<string, string>)[prefix];
}

export const ArticleRef = builder.objectRef<ArticleRecord>('Article');
export const SectionRef = builder.objectRef<SectionRecord>('Section');
export const ParagraphRef = builder.objectRef<ParagraphRecord>('Paragraph');
export const ActorRef = builder.interfaceRef<ActorRecord>('Actor');
export const PersonRef = builder.objectRef<ActorRecord>('Person');
export const OrganizationRef = builder.objectRef<ActorRecord>('Organization');
export const PlaceRef = builder.objectRef<ActorRecord>('Place');
export const GroupRef = builder.objectRef<ActorRecord>('Group');
export const RoleRef = builder.objectRef<RoleRecord>('Role');
export const MentionRef = builder.objectRef<MentionRecord>('Mention');
export const EventRef = builder.objectRef<EventRecord>('Event');
export const EventParticipantRef = builder.objectRef<{ event: EventRecord; participant: EventParticipantRecord }>('EventParticipant');
export const EventRelationRef = builder.objectRef<EventRelationRecord>('EventRelation');
export const QuoteRef = builder.objectRef<QuoteRecord>('Quote');
export const ClaimRef = builder.objectRef<ClaimRecord>('Claim');
export const ExpertOpinionRef = builder.objectRef<ExpertOpinionRecord>('ExpertOpinion');
export const SourceSpanRef = builder.objectRef<Span>('SourceSpan');
export const LocalizedTextRef = builder.objectRef<LocalizedRecord>('LocalizedText');
export const PartialDateRef = builder.objectRef<PartialDateRecord>('PartialDate');
export const AnnotationRef = builder.objectRef<Annotation>('Annotation');
export const TimelineEntryRef = builder.objectRef<TimelineEntry>('TimelineEntry');
export const SearchHitRef = builder.objectRef<SearchHit>('SearchHit');
export const TextRangeRef = builder.objectRef<TextRange>('TextRange');
export const DatasetManifestRef = builder.objectRef<ManifestRecord & { version: string }>('DatasetManifest');


/** Connection types, one per node type, shared by every field that pages through that type. */
export const ArticleConnection = builder.connectionObject(
  { type: ArticleRef, name: 'ArticleConnection', description: 'A page of articles.' },
  { name: 'ArticleEdge', description: 'An article in a page, with its cursor.' },
);
export const ActorConnection = builder.connectionObject(
  { type: ActorRef, name: 'ActorConnection', description: 'A page of actors.' },
  { name: 'ActorEdge', description: 'An actor in a page, with its cursor.' },
);
export const MentionConnection = builder.connectionObject(
  { type: MentionRef, name: 'MentionConnection', description: 'A page of mentions.' },
  { name: 'MentionEdge', description: 'A mention in a page, with its cursor.' },
);
export const EventConnection = builder.connectionObject(
  { type: EventRef, name: 'EventConnection', description: 'A page of events.' },
  { name: 'EventEdge', description: 'An event in a page, with its cursor.' },
);
export const EventParticipantConnection = builder.connectionObject(
  { type: EventParticipantRef, name: 'EventParticipantConnection', description: 'A page of participations: actors with their role in an event.' },
  { name: 'EventParticipantEdge', description: 'A participation in a page, with its cursor.' },
);
export const QuoteConnection = builder.connectionObject(
  { type: QuoteRef, name: 'QuoteConnection', description: 'A page of quotes.' },
  { name: 'QuoteEdge', description: 'A quote in a page, with its cursor.' },
);
export const ClaimConnection = builder.connectionObject(
  { type: ClaimRef, name: 'ClaimConnection', description: 'A page of claims.' },
  { name: 'ClaimEdge', description: 'A claim in a page, with its cursor.' },
);
export const ExpertOpinionConnection = builder.connectionObject(
  { type: ExpertOpinionRef, name: 'ExpertOpinionConnection', description: 'A page of expert opinions.' },
  { name: 'ExpertOpinionEdge', description: 'An expert opinion in a page, with its cursor.' },
);
export const SearchHitConnection = builder.connectionObject(
  { type: SearchHitRef, name: 'SearchHitConnection', description: 'A page of search hits, best first.' },
  { name: 'SearchHitEdge', description: 'A search hit in a page, with its cursor.' },
);
