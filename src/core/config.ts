/**
 * Every setting kith reads from the environment, declared once: its default for a laptop, whether it
 * is required in production, and whether it is secret (masked when the configuration is logged).
 * Validated at start; a bad value stops start-up with a readable list.
 */
import { z } from 'zod';
import { ConfigurationError } from './errors.ts';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  KITH_DATA_DIR: z.string().default('./data'),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
  KITH_DEMO_CHILDREN: z.coerce.number().int().min(0).max(1_000_000).default(5000),
  KITH_DEMO_PROFILE: z.enum(['good-2019', 'inadequate-2017']).default('good-2019'),
  KITH_DEMO_SEED: z.coerce.number().int().default(2019),
});

export type Config = z.output<typeof schema>;
const SECRET = new Set(['DATABASE_URL', 'SESSION_SECRET']);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigurationError(
      'The configuration is not valid',
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  }
  const c = parsed.data;
  if (c.NODE_ENV === 'production' && !c.SESSION_SECRET) {
    throw new ConfigurationError('The configuration is not valid', [
      'SESSION_SECRET: required in production',
    ]);
  }
  return c;
}

/** The configuration with secrets masked, for the start-up log. */
export function describeConfig(c: Config): Record<string, string> {
  return Object.fromEntries(
    Object.entries(c).map(([k, v]) => [k, SECRET.has(k) && v !== undefined ? '****' : String(v)]),
  );
}
