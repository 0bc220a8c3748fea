/** Imports every type file (each registers its types with the builder), then builds the schema. */
import { builder } from './builder.js';
import './enums.js';
import './localized-text.js';
import './partial-date.js';
import './source-span.js';
import './attribution.js';
import './original-language.js';
import './article.js';
import './section.js';
import './paragraph.js';
import './annotation.js';
import './actor.js';
import './role.js';
import './mention.js';
import './event.js';
import './event-participant.js';
import './event-relation.js';
import './timeline-entry.js';
import './quote.js';
import './claim.js';
import './expert-opinion.js';
import './search.js';
import './dataset-manifest.js';
import './node.js';

export const schema = builder.toSchema({ sortSchema: false });
