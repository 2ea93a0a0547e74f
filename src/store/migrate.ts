/**
 * Plain SQL migrations, applied in order at start, each in its own transaction, recorded in
 * schema_migration. A migration file is never edited once released: add a new one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { sourcePath } from '../core/paths.ts';
import type { Database } from './schema.ts';

const dir = sourcePath('store', 'migrations');

export function migrationFiles(): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
}

export async function migrate(db: Kysely<Database>): Promise<string[]> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migration (
    version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(db);
  const done = new Set(
    (await db.selectFrom('schema_migration').select('version').execute()).map((r) => r.version),
  );
  const applied: string[] = [];
  for (const file of migrationFiles()) {
    if (done.has(file)) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    await db.transaction().execute(async (tx) => {
      await sql.raw(text).execute(tx);
      await tx.insertInto('schema_migration').values({ version: file }).execute();
    });
    applied.push(file);
  }
  return applied;
}
