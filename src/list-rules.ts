/**
 * The API's rules for lists, one home for both layers: the schema applies the page size and
 * describes the limits; src/http/guards/limits.ts refuses a request over them before it runs (the only
 * place that checks them, with the request's variables).
 */

/** Items of a connection page when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;
/** The largest `first` or `last` of a connection. */
export const MAX_PAGE_SIZE = 100;
/** The most ids `nodes(ids:)` takes. */
export const MAX_NODES = 100;
