import { builder } from './builder.js';
import { EventRef, EventRelationRef, TimelineEntryRef } from './refs.js';

const PlacementEnum = builder.enumType('TimelinePlacement', {
  description: 'What places an event on the timeline.',
  values: {
    DATED: { value: 'DATED', description: 'Its own date (stated or inferred).' },
    RELATIVE: { value: 'RELATIVE', description: 'Its relations to other events (it precedes or follows them); it has no date of its own.' },
    UNPLACED: { value: 'UNPLACED', description: 'Nothing: no date and no ordering relation. Listed last, in the dataset\'s order.' },
  } as const,
});

TimelineEntryRef.implement({
  description: 'An event\'s place in a chronology.',
  fields: (t) => ({
    position: t.exposeInt('position', { description: 'The 0-based position in the chronology.' }),
    placement: t.field({ type: PlacementEnum, description: 'What places the event here.', resolve: (e) => e.placement }),
    event: t.field({ type: EventRef, description: 'The event.', resolve: (e) => e.event }),
    earliest: t.field({ type: 'Date', nullable: true, description: 'The first day the event\'s date covers; null when undated.', resolve: (e) => e.first ?? null }),
    latest: t.field({ type: 'Date', nullable: true, description: 'The last day the event\'s date covers; null when undated.', resolve: (e) => e.last ?? null }),
    placedBy: t.field({
      type: [EventRelationRef],
      description: 'For RELATIVE placements, the relations that place the event.',
      resolve: (e) => e.placedBy,
    }),
  }),
});
