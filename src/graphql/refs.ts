/**
 * The GraphQL type references and the data records behind them, declared in one place so that
 * the type files (which refer to each other in both directions) import refs from here and never
 * from each other: no import cycles, no order in which the type files must load.
 */
import type { Annotation, ParagraphRange, Participation } from '../data/dataset.js';
import type {
  ActorRecord, ArticleRecord, AttributionRecord, ClaimRecord, OriginalLanguageRecord, EventRecord, EventRelationRecord,
  ExpertOpinionRecord, LocalizedRecord, ManifestRecord, MentionRecord, ParagraphRecord,
  PartialDateRecord, QuoteRecord, RoleRecord, SectionRecord, Span,
} from '../data/records.js';
import type { SearchHit, TextRange } from '../data/search.js';
import type { TimelineEntry } from '../data/timeline.js';
import { builder } from './builder.js';

export { typenameOf } from '../data/kinds.js';

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
export const EventParticipantRef = builder.objectRef<Participation>('EventParticipant');
export const EventRelationRef = builder.objectRef<EventRelationRecord>('EventRelation');
export const QuoteRef = builder.objectRef<QuoteRecord>('Quote');
export const ClaimRef = builder.objectRef<ClaimRecord>('Claim');
export const ExpertOpinionRef = builder.objectRef<ExpertOpinionRecord>('ExpertOpinion');
export const SourceSpanRef = builder.objectRef<Span>('SourceSpan');
export const AttributionRef = builder.objectRef<AttributionRecord>('Attribution');
export const OriginalLanguageRef = builder.objectRef<OriginalLanguageRecord>('OriginalLanguage');
export const LocalizedTextRef = builder.objectRef<LocalizedRecord>('LocalizedText');
export const PartialDateRef = builder.objectRef<PartialDateRecord>('PartialDate');
export const AnnotationRef = builder.objectRef<Annotation>('Annotation');
export const ParagraphRangeRef = builder.objectRef<ParagraphRange>('ParagraphRange');
export const TimelineEntryRef = builder.objectRef<TimelineEntry>('TimelineEntry');
export const SearchHitRef = builder.objectRef<SearchHit>('SearchHit');
export const TextRangeRef = builder.objectRef<TextRange>('TextRange');
export const DatasetManifestRef = builder.objectRef<ManifestRecord & { version: string }>('DatasetManifest');


/** A connection type and its edge type, shared by every field that pages through `type`. */
function connectionOf<Type extends Parameters<typeof builder.connectionObject>[0]['type']>(type: Type, name: string, plural: string) {
  return builder.connectionObject(
    { type, name: `${name}Connection`, description: `A page of ${plural}.` },
    { name: `${name}Edge`, description: `One of a page of ${plural}, with its cursor.` },
  );
}

export const ArticleConnection = connectionOf(ArticleRef, 'Article', 'articles');
export const ActorConnection = connectionOf(ActorRef, 'Actor', 'actors');
export const MentionConnection = connectionOf(MentionRef, 'Mention', 'mentions');
export const EventConnection = connectionOf(EventRef, 'Event', 'events');
export const EventParticipantConnection = connectionOf(EventParticipantRef, 'EventParticipant', 'participations (actors with their roles in an event)');
export const QuoteConnection = connectionOf(QuoteRef, 'Quote', 'quotes');
export const ClaimConnection = connectionOf(ClaimRef, 'Claim', 'claims');
export const ExpertOpinionConnection = connectionOf(ExpertOpinionRef, 'ExpertOpinion', 'expert opinions');
export const SearchHitConnection = connectionOf(SearchHitRef, 'SearchHit', 'search hits');
