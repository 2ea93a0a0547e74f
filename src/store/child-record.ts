/** Read one child's whole record, or many children's at once (for clocks, returns and the demo). */
import type { Kysely } from 'kysely';
import type { ChildRecord, FactKind } from '../record/facts.ts';
import { emptyRecord } from '../record/facts.ts';
import { FACT_KINDS, rowToFact, rowToPerson, tableFor } from './fact-tables.ts';
import type { Database, FactRow } from './schema.ts';

/** Which column orders each kind of fact by date (oldest first), so clocks see facts in order. */
const ORDER_COLUMN: { readonly [K in FactKind]: string } = {
  addresses: 'from',
  contacts: 'received_at',
  referrals: 'referral_date',
  assessments: 'start_date',
  strategyDiscussions: 'date',
  section47s: 'start_date',
  cpPlans: 'start_date',
  cpReviews: 'date',
  coreGroups: 'date',
  cinPlans: 'start_date',
  careEpisodes: 'start_date',
  claReviews: 'date',
  visits: 'date',
  healthAssessments: 'date',
  dentalChecks: 'date',
  immunisations: 'as_at',
  sdqs: 'date',
  peps: 'date',
  missingEpisodes: 'start_date',
  careLeaverContacts: 'date',
  pathwayPlans: 'date',
  adoptions: 'decision_date',
  previousPermanence: 'date',
  allocations: 'from',
  oversight: 'date',
};

export async function loadRecords(
  db: Kysely<Database>,
  childIds: readonly string[],
): Promise<Map<string, ChildRecord>> {
  const out = new Map<string, ChildRecord>();
  if (childIds.length === 0) return out;
  const people = await db.selectFrom('child').selectAll().where('id', 'in', childIds).execute();
  const facts = new Map<string, Record<string, unknown[]>>();
  for (const p of people) {
    const rec = emptyRecord(rowToPerson(p)) as unknown as Record<string, unknown[]>;
    const copy: Record<string, unknown[]> = {};
    for (const k of FACT_KINDS) copy[k] = [];
    facts.set(p.id, copy);
    out.set(p.id, { ...(rec as unknown as ChildRecord) });
  }
  await Promise.all(
    FACT_KINDS.map(async (kind) => {
      const rows = (await db
        .selectFrom(tableFor(kind))
        .selectAll()
        .where('child_id', 'in', childIds)
        .orderBy(ORDER_COLUMN[kind])
        .orderBy('id')
        .execute()) as FactRow[];
      for (const r of rows) facts.get(r.child_id)?.[kind]?.push(rowToFact(kind, r));
    }),
  );
  for (const [id, rec] of out)
    out.set(id, { ...rec, ...(facts.get(id) as unknown as Omit<ChildRecord, 'person'>) });
  return out;
}

export async function loadRecord(db: Kysely<Database>, childId: string): Promise<ChildRecord | undefined> {
  return (await loadRecords(db, [childId])).get(childId);
}

/** Every child's record, in batches (ordered by council child id), so whole-council jobs stay in bounded memory. */
export async function* allRecords(db: Kysely<Database>, batchSize = 1000): AsyncGenerator<ChildRecord[]> {
  let after = '';
  for (;;) {
    const ids = await db
      .selectFrom('child')
      .select(['id', 'la_child_id'])
      .where('la_child_id', '>', after)
      .orderBy('la_child_id')
      .limit(batchSize)
      .execute();
    if (ids.length === 0) return;
    const records = await loadRecords(
      db,
      ids.map((r) => r.id),
    );
    yield ids.map((r) => records.get(r.id)).filter((r): r is ChildRecord => r !== undefined);
    after = ids.at(-1)?.la_child_id ?? after;
  }
}
