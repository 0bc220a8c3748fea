/**
 * The limits that keep a public endpoint up under abusive queries and malformed requests, in one
 * place: the numbers, and the yoga options and plugins that enforce them. `createApp` spreads
 * `useLimits(...)` into its yoga configuration; README's "Limits" table lists every number.
 *
 * Order of the checks, cheapest first:
 *   1. HTTP: body size (yoga, with or without Content-Length), method, content type, no batches.
 *   2. Parse: token count (graphql-armor's counting parser), so a huge or deeply nested document
 *      is refused before the parser recurses into it.
 *   3. Validate: depth, aliases, directives (graphql-armor rules), introspection depth
 *      (graphql-js) and operation types (no mutations), run before the schema rules, which are
 *      skipped when one of these fails.
 *   4. Before execution: variables, page sizes, `nodes(ids:)` length and the cost (see cost.ts),
 *      with the request's variables.
 *   5. Execution: a time limit that stops the executor between two fields; heavy operations take
 *      turns, so that cheap requests are answered while they run.
 * Every refusal has a stable `extensions.code` (src/errors.ts) and a 4xx status for clients that
 * accept `application/graphql-response+json`.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  MaxIntrospectionDepthRule,
  type ParseOptions,
  type Source,
  validate,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import { ErrorCode, rejection } from '../../errors.js';
import { MAX_NODES, MAX_PAGE_SIZE } from '../../list-rules.js';
import { type CostReport, operationCost } from './cost.js';
import { DEFAULT_CACHE_BYTES, DEFAULT_DOCUMENT_CACHE_BYTES } from '../memory.js';

export { MAX_NODES, MAX_PAGE_SIZE };

/** The tunable limits; each can be set with an environment variable (src/config.ts). */
export interface Limits {
  /** Deepest field nesting, fragments flattened (`__schema` excluded: see below). */
  maxDepth: number;
  /** Aliases per operation, `__typename` included. */
  maxAliases: number;
  /** Directives per operation, wherever they are. */
  maxDirectives: number;
  /** Tokens per document (names, punctuation, values; comments excluded). */
  maxTokens: number;
  /** Estimated cost per operation (cost.ts). */
  maxCost: number;
  /** Request body, in bytes. */
  maxBodyBytes: number;
  /** Execution time per operation, in milliseconds. */
  executionTimeoutMs: number;
  /** Bytes the response cache keeps in all (memory.ts sums the stores). */
  responseCacheBytes: number;
  /** Bytes of parsed documents yoga keeps (memory.ts). */
  documentCacheBytes: number;
  /** Time to receive a request's headers, in milliseconds (node:http `headersTimeout`). */
  headersTimeoutMs: number;
  /** Time to receive a whole request, in milliseconds (node:http `requestTimeout`). */
  requestTimeoutMs: number;
  /** Idle time before a kept-alive connection is closed, in milliseconds. */
  keepAliveTimeoutMs: number;
  /** Request line and headers, in bytes (node:http `maxHeaderSize`; over it: 431). */
  maxHeaderBytes: number;
  /** Open connections per worker; more are closed as they arrive. */
  maxConnections: number;
}

/**
 * The defaults. Chosen so that every operation in `schema/operations/`, GraphiQL's example and the
 * full introspection query of graphql-js (what SDK generators send) pass with room to spare:
 * the deepest of them is GraphiQL's example at 10, the costliest the introspection query at about
 * 52,000, the longest 184 tokens and 2 KB.
 */
export const defaultLimits: Readonly<Limits> = Object.freeze({
  maxDepth: 12,
  maxAliases: 100,
  maxDirectives: 10,
  maxTokens: 1000,
  maxCost: 100_000,
  maxBodyBytes: 64 * 1024,
  executionTimeoutMs: 2_000,
  responseCacheBytes: DEFAULT_CACHE_BYTES,
  documentCacheBytes: DEFAULT_DOCUMENT_CACHE_BYTES,
  // Slow clients (slowloris): headers within 10 s, the whole request within 30 s; idle kept-alive
  // connections closed after 5 s (Node's default; set it above a load balancer's idle timeout).
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxHeaderBytes: 16 * 1024,
  maxConnections: 4_096,
});

/** The limits in force: `overrides` where given (not undefined), the defaults elsewhere. */
export function resolveLimits(overrides: Partial<Limits> = {}): Limits {
  return { ...defaultLimits, ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) };
}

/**
 * A node:http server for `listener` with the connection limits set: header and request
 * timeouts (checked every quarter of the shorter one, not Node's default 30 s), the idle
 * timeout, the header size and the connection cap.
 */
export function createLimitedServer(listener: RequestListener, overrides: Partial<Limits> = {}): Server {
  const limits = resolveLimits(overrides);
  const server = createServer({
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    maxHeaderSize: limits.maxHeaderBytes,
    connectionsCheckingInterval: Math.max(50, Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4),
  }, listener);
  server.maxConnections = limits.maxConnections;
  return server;
}

/** What `createApp` spreads into its yoga configuration. */
export interface LimitsSetup {
  options: Pick<YogaServerOptions<object, object>, 'maxRequestBodySize' | 'batching' | 'multipart'>;
  plugins: Plugin[];
}

const withoutPrefix = (error: GraphQLError) => error.message.replace(/^Syntax Error: /, '');

/** graphql-armor's validation rules, reporting our codes instead of throwing a code-less error. */
function limitRules(limits: Limits): ValidationRule[] {
  const report = (code: ErrorCode, limit: number) => [(context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(rejection(code, withoutPrefix(error), { limit }))];
  return [
    // `__schema` is left out of the depth count: the introspection query SDK generators send
    // nests type references 15 deep. Introspection gets its own guard below instead.
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, propagateOnRejection: false, onReject: report(ErrorCode.QUERY_TOO_DEEP, limits.maxDepth) }),
    maxAliasesRule({ n: limits.maxAliases, allowList: [], propagateOnRejection: false, onReject: report(ErrorCode.TOO_MANY_ALIASES, limits.maxAliases) }),
    maxDirectivesRule({ n: limits.maxDirectives, propagateOnRejection: false, onReject: report(ErrorCode.TOO_MANY_DIRECTIVES, limits.maxDirectives) }),
    // graphql-js 16 validates a mutation against a schema without mutations and only fails at
    // execution, with a 200 and no code; refuse it here (graphql-js 17's KnownOperationTypes).
    (context) => ({
      OperationDefinition(node) {
        if (node.operation !== 'query' && !context.getSchema().getRootType(node.operation))
          context.reportError(new GraphQLError(`This API is read-only: it has no ${node.operation} operations.`, { nodes: node, extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED } }));
      },
    }),
    // graphql-js refuses `fields { type { fields { type { fields ...` cycles in introspection
    // (three levels of lists); the same rule, with our code.
    (context) => MaxIntrospectionDepthRule(Object.create(context, {
      reportError: { value: (error: GraphQLError) => context.reportError(rejection(ErrorCode.QUERY_TOO_DEEP, `${error.message}: introspection may nest \`fields\`, \`interfaces\`, \`possibleTypes\` and \`inputFields\` at most 3 deep.`)) },
    }) as ValidationContext),
  ];
}

/** Parsing that stops at the token limit, before a deeply nested document can exhaust the stack. */
function useTokenLimit(maxTokens: number): Plugin {
  const tooMany = () => {
    throw rejection(ErrorCode.TOO_MANY_TOKENS, `The document has more than ${maxTokens} tokens; parsing stopped.`, { limit: maxTokens });
  };
  return {
    onParse({ setParseFn }) {
      setParseFn((source: string | Source, options?: ParseOptions) =>
        new MaxTokensParserWLexer(source, { ...options, n: maxTokens, onReject: [tooMany] }).parseDocument());
    },
  };
}

/**
 * Depth, aliases and directives, checked before (and instead of) the schema's own rules, once per
 * parsed document: yoga keeps parsed documents, so a document seen before is the same object.
 */
function useValidationLimits(limits: Limits): Plugin {
  const rules = limitRules(limits);
  const checked = new WeakMap<DocumentNode, readonly GraphQLError[]>();
  return {
    onValidate({ params: { schema, documentAST }, setResult }) {
      let errors = checked.get(documentAST);
      if (!errors) checked.set(documentAST, (errors = validate(schema, documentAST, rules)));
      if (errors.length) setResult([...errors]);
    },
  };
}

/** What a cost report says is refused: page sizes, `ids` lengths, then the cost. Empty when none. */
export function refusals(report: CostReport, maxCost: number): GraphQLError[] {
  const errors: GraphQLError[] = [];
  for (const { argumentName, value, path } of report.pageSizes)
    if (value < 0 || value > MAX_PAGE_SIZE)
      errors.push(rejection(ErrorCode.BAD_USER_INPUT, `\`${argumentName}\` of \`${path}\` must be between 0 and ${MAX_PAGE_SIZE} (got ${value}); page through longer lists with cursors.`, { argumentName, limit: MAX_PAGE_SIZE }));
  for (const { length, path } of report.idLists)
    if (length > MAX_NODES)
      errors.push(rejection(ErrorCode.BAD_USER_INPUT, `\`ids\` of \`${path}\` may hold at most ${MAX_NODES} ids (got ${length}).`, { argumentName: 'ids', limit: MAX_NODES }));
  if (!errors.length && report.cost > maxCost)
    errors.push(rejection(ErrorCode.QUERY_TOO_COSTLY, `The query's estimated cost is ${report.cost}, over the limit of ${maxCost}: ask for smaller pages (\`first\`/\`last\`), fewer nested lists, or split the query.`, { cost: report.cost, limit: maxCost }));
  return errors;
}

/** Operations estimated to cost at least this much take turns to execute (see below). */
export const HEAVY_COST = 10_000;

/**
 * Checks variables, page sizes, `nodes(ids:)` and the cost with this request's variables, then
 * runs the operation under the time limit.
 *
 * Time limit: yoga's executor asks its abort signal before resolving every field
 * (`throwIfAborted`). Our resolvers never wait, so a whole execution is one synchronous run in
 * which no timer can fire: the signal therefore reads the clock itself each time it is asked (a
 * timer still aborts it for resolvers that would wait). An operation out of time answers
 * `EXECUTION_TIMEOUT` with 503.
 *
 * Turns: an execution holds the only thread until it ends, so fifty heavy queries arriving
 * together would each run to the end before a cheap request, read meanwhile, got its turn. Heavy
 * operations therefore execute one after another with a turn of the event loop between them, in
 * which cheap requests (and `/health`) are read and answered. The time limit counts from when an
 * operation is ready to execute, waiting included, so a backlog is shed with 503s rather than
 * growing without bound.
 */
/** Heavy operations' queue: each waits for the previous one, then a turn of the event loop. */
function createTurns(): () => { ready: Promise<void>; done: () => void } {
  let turns: Promise<void> = Promise.resolve();
  return () => {
    let done!: () => void;
    const previous = turns;
    turns = new Promise<void>((resolve) => (done = resolve));
    return { ready: previous.then(() => new Promise<void>((resolve) => setImmediate(resolve))), done };
  };
}

/** Variables that do not coerce, as BAD_USER_INPUT refusals (the executor would say so without a code). */
function variableRefusals(args: ExecutionArgs): GraphQLError[] {
  const operation = getOperationAST(args.document, args.operationName);
  const coerced = operation && getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {}, { maxErrors: 10 });
  return (coerced?.errors ?? []).map((error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400, spec: true } } }));
}

/**
 * `execute` under the time limit, after its turn when `turn` is given. The signal reads the clock
 * itself each time the executor asks it (see useExecutionLimits).
 */
async function executeInTime(execute: () => Promise<ExecutionResult> | ExecutionResult, controller: AbortController, timeoutMs: number, turn?: ReturnType<ReturnType<typeof createTurns>>): Promise<ExecutionResult> {
  // Made only when a query runs out of time: an error's stack trace costs on every request.
  let timeout: GraphQLError | undefined;
  const expire = () => {
    timeout ??= new GraphQLError(`The query ran for more than ${timeoutMs} ms and was stopped: ask for less, or try again later.`, {
      extensions: { code: ErrorCode.EXECUTION_TIMEOUT, limit: timeoutMs, http: { status: 503 } },
    });
    controller.abort(timeout);
  };
  const { signal } = controller;
  const deadline = performance.now() + timeoutMs;
  signal.throwIfAborted = () => {
    if (!signal.aborted && performance.now() > deadline) expire();
    AbortSignal.prototype.throwIfAborted.call(signal);
  };
  const timer = setTimeout(expire, timeoutMs);
  try {
    await turn?.ready;
    return await execute();
  } catch (error) {
    if (timeout !== undefined && error === timeout) return { errors: [timeout] };
    throw error;
  } finally {
    clearTimeout(timer);
    turn?.done();
  }
}

function useExecutionLimits(maxCost: number, timeoutMs: number): Plugin {
  const takeTurn = createTurns();
  return {
    onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const invalid = variableRefusals(args);
      if (invalid.length) return void setResultAndStopExecution({ errors: invalid });
      const report = operationCost(args.schema, args.document, args.operationName, args.variableValues);
      if (!report) return;
      const errors = refusals(report, maxCost);
      if (errors.length) return void setResultAndStopExecution({ errors });
      const heavy = report.cost >= HEAVY_COST;
      setExecuteFn((executionArgs: ExecutionArgs) => {
        const controller = new AbortController();
        const execute = () => executeFn({ ...executionArgs, signal: controller.signal } as ExecutionArgs) as Promise<ExecutionResult> | ExecutionResult;
        return executeInTime(execute, controller, timeoutMs, heavy ? takeTurn() : undefined);
      });
    },
  };
}

/**
 * HTTP refusals with a code and no internals: a POST in a content type no parser reads gets a
 * JSON error (yoga answers an empty 415), a malformed request is a 400 for every client, and the
 * JSON parser's own message for invalid JSON is not echoed back (`extensions.originalError`).
 */
function useHttpRefusals(): Plugin {
  let endpoint = '/graphql';
  const clean = (result: ExecutionResult) => {
    for (const error of result.errors ?? []) {
      const extensions = error.extensions as Record<string, any>;
      delete extensions['originalError'];
      // A body that is not JSON is no GraphQL request at all: 400 whatever the client accepts
      // (yoga answers application/json clients 200, which GraphQL over HTTP advises against).
      if (extensions['code'] === ErrorCode.BAD_REQUEST && extensions['http']) extensions['http'].spec = false;
    }
  };
  return {
    onYogaInit({ yoga }) {
      endpoint = yoga.graphqlEndpoint;
    },
    onRequestParse({ request, url, requestParser }) {
      if (request.method === 'POST' && !requestParser && url.pathname === endpoint) {
        const type = request.headers.get('content-type');
        throw rejection(ErrorCode.UNSUPPORTED_MEDIA_TYPE, `${type ? `Content-Type "${type.slice(0, 100)}" is not supported` : 'A POST needs a Content-Type'}: send application/json.`, {}, { status: 415, spec: false });
      }
    },
    onResultProcess({ result }) {
      if (Array.isArray(result)) result.forEach(clean);
      else clean(result as ExecutionResult);
    },
  };
}

/** The yoga options and plugins that enforce `limits` (the defaults where not given). */
export function useLimits(overrides: Partial<Limits> = {}): LimitsSetup {
  const limits = resolveLimits(overrides);
  return {
    options: {
      maxRequestBodySize: limits.maxBodyBytes,
      batching: false,
      multipart: false, // no uploads in a read-only API
    },
    plugins: [
      useHttpRefusals(),
      useTokenLimit(limits.maxTokens),
      useValidationLimits(limits),
      useExecutionLimits(limits.maxCost, limits.executionTimeoutMs),
    ],
  };
}
