import type { ExecutionResult } from 'graphql';
import { createApp } from '../../src/app.js';

/**
 * One app for the whole test file: the dataset loads once. These tests check answers, not limits
 * (tests/hardening does), and some walk every record of the dataset in one query, so the cost
 * limit is raised here; every other limit is the production one.
 */
export const app = createApp({ limits: { maxCost: 10_000_000 } });

export interface RequestOptions {
  variables?: Record<string, unknown>;
  language?: string;
  headers?: Record<string, string>;
}

/** Posts an operation to the app in-process and returns the parsed result, errors and all. */
export async function execute<T = Record<string, any>>(query: string, options: RequestOptions = {}): Promise<ExecutionResult<T> & { status: number }> {
  const response = await app.fetch('http://akhbar.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(options.language ? { 'accept-language': options.language } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  return { ...((await response.json()) as ExecutionResult<T>), status: response.status };
}

/** Like `execute`, but fails the test loudly when the response carries any error. */
export async function query<T = Record<string, any>>(source: string, options: RequestOptions = {}): Promise<T> {
  const result = await execute<T>(source, options);
  if (result.errors?.length) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  if (!result.data) throw new Error('no data in the response');
  return result.data;
}

/** The errors of an operation that must fail. */
export async function errorsOf(source: string, options: RequestOptions = {}) {
  const result = await execute(source, options);
  if (!result.errors?.length) throw new Error(`expected errors, got data: ${JSON.stringify(result.data)}`);
  return result.errors as readonly { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[];
}
