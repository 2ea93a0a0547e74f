/**
 * The one place the database driver is chosen: a real PostgreSQL server when a connection string is
 * given (DATABASE_URL), otherwise embedded PGlite in a local folder. Both are reached through a
 * node-postgres pool (PGlite via its node-postgres adapter), so Kysely and every query are identical.
 */
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { type DirectoryLock, lockDataDirectory } from './lock.ts';
import { migrate } from './migrate.ts';
import type { Database } from './schema.ts';

// Dates stay calendar dates (`YYYY-MM-DD`), never JS Dates at UTC midnight; instants become ISO strings.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, (v) => new Date(v).toISOString());
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export type DbKind = 'pglite' | 'postgresql';

export interface Store {
  readonly db: Kysely<Database>;
  readonly kind: DbKind;
  /** Where the data lives: a folder for PGlite, host/database for PostgreSQL (no password). */
  readonly location: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL connection string; when absent, PGlite is used. */
  readonly databaseUrl?: string | undefined;
  /** PGlite folder; `memory://` for an in-memory database (tests). */
  readonly dataDir?: string | undefined;
  readonly migrate?: boolean;
}

export async function openStore(options: OpenOptions): Promise<Store> {
  let store: Store;
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    const url = new URL(options.databaseUrl);
    store = {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      kind: 'postgresql',
      location: `${url.hostname}:${url.port || 5432}${url.pathname}`,
      close: async () => {
        await store.db.destroy();
      },
    };
  } else {
    const dir = options.dataDir ?? './data';
    const inMemory = dir.startsWith('memory://');
    const lock: DirectoryLock | null = inMemory ? null : lockDataDirectory(dir);
    let pglite: PGlite;
    try {
      pglite = new PGlite(inMemory ? dir : `${dir}/pgdata`);
      await pglite.waitReady;
    } catch (e) {
      lock?.release();
      throw e;
    }
    const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
    store = {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      kind: 'pglite',
      location: dir,
      close: async () => {
        await store.db.destroy();
        await pglite.close();
        lock?.release();
      },
    };
  }
  if (options.migrate !== false) await migrate(store.db);
  return store;
}

/** Open the store the environment names (DATABASE_URL, else KITH_DATA_DIR or ./data). */
export function openStoreFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<Store> {
  return openStore({ databaseUrl: env.DATABASE_URL, dataDir: env.KITH_DATA_DIR ?? './data' });
}
