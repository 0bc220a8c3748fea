/**
 * The error codes of the API (`extensions.code`). They are part of the contract: clients branch
 * on them, so they are documented in README and never renamed.
 */
import { type ASTNode, GraphQLError } from 'graphql';

export const ErrorCode = {
  /** An argument or variable has a value the API does not accept. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The operation nests fields deeper than the depth limit (introspection included). */
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  /** The operation uses more aliases than allowed (`__typename` counts like any field). */
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  /** The operation uses more directives than allowed. */
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  /** The document has more tokens than allowed; it was not parsed further. */
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
  /** The operation's estimated cost, computed before it runs, is over the limit. */
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  /** The operation ran longer than the execution time limit and was stopped. */
  EXECUTION_TIMEOUT: 'EXECUTION_TIMEOUT',
  /** A POST whose Content-Type is not one the endpoint reads (application/json, ...). */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** Anything unexpected: a bug. The message is "Unexpected error." and the details are masked. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  // The codes below are set by graphql-yoga; they are listed here because they are part of the
  // API all the same, and tests pin them so that an upgrade cannot rename them unnoticed.
  /** A malformed request: bad JSON, a parameter of the wrong type, a batch, a wrong method. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The request body is larger than the body size limit. */
  REQUEST_ENTITY_TOO_LARGE: 'REQUEST_ENTITY_TOO_LARGE',
  /** The query is not valid GraphQL syntax. */
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  /** The query does not validate against the schema (unknown field, wrong type, ...). */
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  /** The operation to run cannot be determined (several operations and no `operationName`, ...). */
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  // Set by @graphql-yoga/plugin-persisted-operations (configured in src/http/guards/persisted-documents.ts)
  // and @graphql-yoga/plugin-apq (Apollo's automatic persisted queries protocol).
  /** A `documentId`, or an automatic persisted query's hash, that the server does not hold: send the query. */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** An automatic persisted query whose `sha256Hash` is not the SHA-256 of the `query` sent with it. */
  PERSISTED_QUERY_MISMATCH: 'PERSISTED_QUERY_MISMATCH',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * A client error about one argument, raised while resolving its field (so only that field is
 * null): says what was wrong and what is allowed. `argumentName` names the argument, down to the
 * input field or list item where that is what was wrong (`filter.from`, `ids[2]`).
 */
export function badUserInput(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName } });
}

/**
 * The same error for a value refused before execution (a literal or a variable that does not
 * coerce to its type): the whole request is refused, 400 for `application/graphql-response+json`.
 */
export function invalidInput(argumentName: string, message: string, nodes?: readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName, http: { status: 400, spec: true } } });
}

/**
 * A request refused before execution, with its HTTP status for clients that accept
 * `application/graphql-response+json` (400 unless said otherwise). With `spec` (the default),
 * `application/json` clients get 200 with the error instead, as the GraphQL over HTTP
 * specification asks of a well-formed request. yoga reads `extensions.http` and strips it from
 * the response.
 */
export function rejection(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}, http: { status?: number; spec?: boolean } = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status: http.status ?? 400, spec: http.spec ?? true } } });
}
