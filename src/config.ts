/**
 * Configuration: environment variables, each with a documented default, read and validated in
 * this one module at start-up. A bad value stops the process with a message naming the variable.
 */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { Limits } from './http/guards/limits.js';

const port = z.coerce.number().int().min(0).max(65535);

/** An optional whole number within bounds; absent means the default of src/http/guards/limits.ts. */
const limit = (min: number, max: number) => z.coerce.number().int().min(min).max(max).optional();

const schema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  /** Comma-separated allowed origins for CORS, or `*` (the default: public, read-only data). */
  CORS_ORIGINS: z.string().default('*'),
  /** Worker processes sharing the port; 1 runs in-process. Default: one per core in production. */
  WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  /** `plain` (the default): the API for clients; `subgraph`: the Apollo Federation v2 subgraph, for a gateway. */
  SCHEMA: z.enum(['plain', 'subgraph']).default('plain'),
  // Query and request limits (src/http/guards/limits.ts has the defaults, README the table).
  MAX_QUERY_DEPTH: limit(1, 100),
  MAX_QUERY_ALIASES: limit(0, 1_000),
  MAX_QUERY_DIRECTIVES: limit(0, 1_000),
  MAX_QUERY_TOKENS: limit(10, 100_000),
  MAX_QUERY_COST: limit(1, 100_000_000),
  MAX_BODY_BYTES: limit(1_024, 100 * 1024 * 1024),
  EXECUTION_TIMEOUT_MS: limit(1, 600_000),
  // Memory (src/http/memory.ts) and connections (node:http), README "Memory" and "Limits".
  RESPONSE_CACHE_BYTES: limit(0, 16 * 1024 ** 3),
  DOCUMENT_CACHE_BYTES: limit(64 * 1024, 16 * 1024 ** 3),
  HEADERS_TIMEOUT_MS: limit(100, 600_000),
  REQUEST_TIMEOUT_MS: limit(100, 3_600_000),
  KEEP_ALIVE_TIMEOUT_MS: limit(0, 600_000),
  MAX_HEADER_BYTES: limit(1_024, 1024 * 1024),
  MAX_CONNECTIONS: limit(1, 1_000_000),
  /** The dataset folder to serve (the shipped `data/` when unset); it must exist. */
  AKHBAR_DATA_DIR: z.string().min(1)
    .refine((dir) => existsSync(join(dir, 'manifest.json')), 'must be a dataset folder (one holding manifest.json)')
    .optional(),
});

export interface Config {
  host: string;
  port: number;
  development: boolean;
  corsOrigins: '*' | string[];
  workers: number;
  schema: 'plain' | 'subgraph';
  /** The limits set in the environment; the others keep their defaults. */
  limits: Partial<Limits>;
  /** The dataset folder; `undefined` for the shipped `data/`. */
  dataDir: string | undefined;
}

/** Reads the configuration from `env`; throws an Error listing every invalid variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  const c = result.data;
  const origins = c.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  return {
    host: c.HOST,
    port: c.PORT,
    development: c.NODE_ENV === 'development',
    corsOrigins: origins.includes('*') || origins.length === 0 ? '*' : origins,
    workers: c.WORKERS ?? (c.NODE_ENV === 'production' ? cpus().length : 1),
    schema: c.SCHEMA,
    limits: {
      maxDepth: c.MAX_QUERY_DEPTH,
      maxAliases: c.MAX_QUERY_ALIASES,
      maxDirectives: c.MAX_QUERY_DIRECTIVES,
      maxTokens: c.MAX_QUERY_TOKENS,
      maxCost: c.MAX_QUERY_COST,
      maxBodyBytes: c.MAX_BODY_BYTES,
      executionTimeoutMs: c.EXECUTION_TIMEOUT_MS,
      responseCacheBytes: c.RESPONSE_CACHE_BYTES,
      documentCacheBytes: c.DOCUMENT_CACHE_BYTES,
      headersTimeoutMs: c.HEADERS_TIMEOUT_MS,
      requestTimeoutMs: c.REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: c.KEEP_ALIVE_TIMEOUT_MS,
      maxHeaderBytes: c.MAX_HEADER_BYTES,
      maxConnections: c.MAX_CONNECTIONS,
    },
    dataDir: c.AKHBAR_DATA_DIR === undefined ? undefined : resolve(c.AKHBAR_DATA_DIR),
  };
}
