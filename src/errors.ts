/**
 * The error codes of the API (`extensions.code`). They are part of the contract: clients branch
 * on them, so they are documented in README and never renamed.
 */
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  /** An argument or variable has a value the API does not accept. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
} as const;

/** A client error about one argument: says what was wrong and what is allowed. */
export function badUserInput(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName } });
}
