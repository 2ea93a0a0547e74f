/**
 * A fresh, migrated store for a test: in-memory PGlite by default, or — when TEST_DATABASE_URL is set
 * (as .ci/run does) — a private schema on a real PostgreSQL server, so the same tests prove both.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/db.ts';

export async function openTestStore(): Promise<Store> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return openStore({ dataDir: 'memory://' });
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  const store = await openStore({ databaseUrl: u.toString() });
  return {
    ...store,
    close: async () => {
      await store.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}
