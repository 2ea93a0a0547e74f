/**
 * Bulk writes for whole records (demo council, imports): children and their facts in multi-row
 * inserts, far faster than one service call per fact. Callers validate first (the demo builds facts
 * from the schemas' own types; imports parse every row) and wrap the call in a transaction.
 */
import type { Kysely } from 'kysely';
import type { ChildRecord } from '../record/facts.ts';
import { FACT_KINDS, factToRow, personToRow, tableFor } from './fact-tables.ts';
import type { Database, FactRow } from './schema.ts';

const BATCH_CELLS = 30_000; // stay well under PostgreSQL's 65,535 bind parameters

async function insertBatched(db: Kysely<Database>, table: keyof Database, rows: readonly object[]) {
  if (rows.length === 0) return;
  const width = Object.keys(rows[0] as object).length || 1;
  const size = Math.max(1, Math.floor(BATCH_CELLS / width));
  for (let i = 0; i < rows.length; i += size) {
    // Kysely's insert types are per table; rows here were built from that table's own mapping.
    await db
      .insertInto(table as 'child')
      .values(rows.slice(i, i + size) as never)
      .execute();
  }
}

export async function insertRecords(db: Kysely<Database>, records: readonly ChildRecord[]): Promise<number> {
  await insertBatched(
    db,
    'child',
    records.map((r) => personToRow(r.person.id, r.person.teamId, r.person)),
  );
  let facts = 0;
  for (const kind of FACT_KINDS) {
    const rows: FactRow[] = [];
    for (const r of records) {
      for (const f of r[kind]) {
        const { id, ...fields } = f as { id: string };
        rows.push(factToRow(r.person.id, id, fields));
      }
    }
    // Contacts must exist before referrals that point at them, and so on: FACT_KINDS is in dependency order.
    await insertBatched(db, tableFor(kind), rows);
    facts += rows.length;
  }
  return facts;
}
