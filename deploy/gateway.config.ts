/**
 * Hive Gateway settings for a supergraph that includes Akhbar: what the federation tests run, and
 * what a deployment should start from (see README, "Deployment"). Spread it into a Hive Gateway
 * CLI `gateway.config.ts` (`defineConfig({ ...akhbarGatewayConfig })`), or into
 * `createGatewayRuntime({ supergraph, ...akhbarGatewayConfig })`.
 */
import type { GatewayConfigSupergraph } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';

/** A subgraph request that has not answered after this long fails (and may be retried). */
export const UPSTREAM_TIMEOUT_MS = 2_000;
/** A failed subgraph request (network error, timeout, 5xx, 429) is tried again at most this many times... */
export const MAX_RETRIES = 2;
/** ...after this delay, growing by a factor of 1.25 per attempt (Hive Gateway's default factor). */
export const RETRY_DELAY_MS = 100;

/** How long a client waits, at worst, for an answer about a subgraph that hangs: every attempt times out. */
export const WORST_CASE_MS = (MAX_RETRIES + 1) * UPSTREAM_TIMEOUT_MS
  + Array.from({ length: MAX_RETRIES }, (_, i) => RETRY_DELAY_MS * 1.25 ** i).reduce((a, b) => a + b, 0);

/** The gateway's codes for a subgraph that could not be reached or did not answer in time. */
const UNAVAILABLE: Readonly<Record<string, string>> = {
  SUBREQUEST_HTTP_ERROR: 'could not be reached',
  GATEWAY_TIMEOUT: 'did not answer in time',
};

export const akhbarGatewayConfig = {
  upstreamTimeout: UPSTREAM_TIMEOUT_MS,
  upstreamRetry: { maxRetries: MAX_RETRIES, retryDelay: RETRY_DELAY_MS },
  // Akhbar answers in the language the client asks for; the gateway forwards no header unless told.
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ 'accept-language': request.headers.get('accept-language') }),
  },
  maskedErrors: {
    /**
     * A subgraph that is down or hangs: say which one and what happened, keep the gateway's code,
     * and drop what the gateway attaches for its own logs (the subgraph's address, the request
     * body), which clients have no use for. Everything else is masked as usual.
     */
    maskError(error, message, isDev) {
      const original = error instanceof GraphQLError ? error : undefined;
      const code = original?.extensions.code;
      const serviceName = original?.extensions.serviceName;
      if (original && typeof code === 'string' && UNAVAILABLE[code] && typeof serviceName === 'string') {
        return new GraphQLError(`The "${serviceName}" subgraph ${UNAVAILABLE[code]}; the fields it serves are null.`, {
          nodes: original.nodes,
          path: original.path,
          extensions: { code, serviceName },
        });
      }
      return maskError(error, message, isDev);
    },
  },
} satisfies Partial<GatewayConfigSupergraph>;
