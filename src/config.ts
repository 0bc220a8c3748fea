/**
 * Configuration: environment variables, each with a documented default, read and validated in
 * this one module at start-up. A bad value stops the process with a message naming the variable.
 */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
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
    dataDir: c.AKHBAR_DATA_DIR === undefined ? undefined : resolve(c.AKHBAR_DATA_DIR),
  };
}
