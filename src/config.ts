/**
 * Configuration: environment variables, each with a documented default, read and validated in
 * this one module at start-up. A bad value stops the process with a message naming the variable.
 */
import { cpus } from 'node:os';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);

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
});

export interface Config {
  host: string;
  port: number;
  development: boolean;
  corsOrigins: '*' | string[];
  workers: number;
  schema: 'plain' | 'subgraph';
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
  };
}
