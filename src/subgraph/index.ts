/**
 * The Akhbar schema as an Apollo Federation v2 subgraph: the same types, fields and resolvers as
 * the plain schema (from the same builder and type files), plus `@link`, `@key` on the entities,
 * `_entities` and `_service { sdl }`. Imported only by processes that serve or print the subgraph.
 */
import '../graphql/index.js';
import { builder } from '../graphql/builder.js';
import { withCheckedRepresentations } from './entities.js';

/** The federation spec version the subgraph links to (`@link(url: ...)`). */
export const FEDERATION_SPEC_URL = 'https://specs.apollo.dev/federation/v2.6';

export const subgraphSchema = withCheckedRepresentations(builder.toSubGraphSchema({ linkUrl: FEDERATION_SPEC_URL, sortSchema: false }));
