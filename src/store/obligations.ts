/**
 * Stored obligations: the clocks' output for each child, recomputed whenever the child's facts change
 * (in the same transaction) and nightly for everyone (states move from due to overdue with time).
 */
import type { Kysely } from 'kysely';
import { evaluateClocks } from '../clocks/index.ts';
import type { IsoDate } from '../core/day.ts';
import type { ChildRecord, Obligation } from '../record/facts.ts';
import { loadRecords } from './child-record.ts';
import type { Database } from './schema.ts';

export function obligationRows(childId: string, obligations: readonly Obligation[], asAt: IsoDate) {
  return obligations.map((o) => ({
    child_id: childId,
    kind: o.kind,
    subject_id: o.subjectId,
    start: o.start,
    due: o.due,
    done: o.done,
    state: o.state,
    label: o.label,
    as_at: asAt,
  }));
}

export async function replaceObligations(
  db: Kysely<Database>,
  records: Iterable<ChildRecord>,
  asAt: IsoDate,
): Promise<number> {
  const ids: string[] = [];
  const rows: ReturnType<typeof obligationRows> = [];
  for (const r of records) {
    ids.push(r.person.id);
    rows.push(...obligationRows(r.person.id, evaluateClocks(r, asAt), asAt));
  }
  if (ids.length) await db.deleteFrom('obligation').where('child_id', 'in', ids).execute();
  for (let i = 0; i < rows.length; i += 2000)
    await db
      .insertInto('obligation')
      .values(rows.slice(i, i + 2000))
      .execute();
  return rows.length;
}

export async function recomputeObligations(
  db: Kysely<Database>,
  childIds: readonly string[],
  asAt: IsoDate,
): Promise<number> {
  const records = await loadRecords(db, childIds);
  return replaceObligations(db, records.values(), asAt);
}
