/**
 * Writes to the child's record. Every write: validates its input with the fact's schema (a bad write
 * is refused with a ValidationError naming each field), checks that linked facts belong to the same
 * child, writes the fact, its change-log entry and the access-log entry, and recomputes the child's
 * obligations, all in one transaction: either everything is written or nothing is.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../access/actor.ts';
import type { IsoDate } from '../core/day.ts';
import { NotFoundError, ValidationError } from '../core/errors.ts';
import { loadRecord } from '../store/child-record.ts';
import { factToRow, personToRow, rowToFact, tableFor } from '../store/fact-tables.ts';
import { recomputeObligations } from '../store/obligations.ts';
import type { Database, FactRow } from '../store/schema.ts';
import { FACT_LABELS, FACT_SCHEMAS } from './fact-schemas.ts';
import type { ChildRecord, FactKind, Person } from './facts.ts';
import { personSchema } from './schemas.ts';
import { parseOrThrow } from './validate.ts';

/** Fields that link a fact to another fact of the same child, and the kind they point at. */
const LINKS: Partial<Record<string, FactKind>> = {
  referralId: 'referrals',
  cpPlanId: 'cpPlans',
  strategyDiscussionId: 'strategyDiscussions',
  contactId: 'contacts',
};
/** Fields that name a worker. */
const WORKER_FIELDS = ['workerId', 'managerId', 'decidedBy'] as const;

export interface RecordServiceOptions {
  /** Today's date for recomputing obligations (injected so tests control it). */
  readonly today: () => IsoDate;
}

async function logAccess(
  tx: Transaction<Database>,
  actor: Actor,
  action: string,
  childId: string,
  detail: object,
) {
  await tx
    .insertInto('access_log')
    .values({
      actor_id: actor.id,
      actor: actor.label,
      action,
      child_id: childId,
      reason: null,
      detail: JSON.stringify(detail),
    })
    .execute();
}

export function recordService(db: Kysely<Database>, options: RecordServiceOptions) {
  async function requireChild(tx: Kysely<Database>, childId: string) {
    const row = await tx.selectFrom('child').select('id').where('id', '=', childId).executeTakeFirst();
    if (!row) throw new NotFoundError(`No child with id ${childId}`);
  }

  async function checkLinks(
    tx: Kysely<Database>,
    childId: string,
    kind: FactKind,
    fact: Record<string, unknown>,
  ) {
    const problems: { field: string; message: string }[] = [];
    for (const [field, target] of Object.entries(LINKS)) {
      const value = fact[field];
      if (typeof value !== 'string' || !target) continue;
      const row = await tx
        .selectFrom(tableFor(target))
        .select(['id', 'child_id'])
        .where('id', '=', value)
        .executeTakeFirst();
      if (!row || row.child_id !== childId) {
        problems.push({ field, message: `No ${FACT_LABELS[target]} ${value} on this child's record` });
      }
    }
    for (const field of WORKER_FIELDS) {
      const value = fact[field];
      if (typeof value !== 'string') continue;
      const row = await tx.selectFrom('worker').select('id').where('id', '=', value).executeTakeFirst();
      if (!row) problems.push({ field, message: `No worker with id ${value}` });
    }
    if (problems.length) {
      throw new ValidationError(
        `The ${FACT_LABELS[kind]} could not be saved: it refers to records that do not exist`,
        problems,
      );
    }
  }

  return {
    /** Create a child's record. */
    async createChild(actor: Actor, input: unknown, teamId: string | null = null): Promise<Person> {
      const p = parseOrThrow(personSchema, input, "child's details");
      return db.transaction().execute(async (tx) => {
        const clash = await tx
          .selectFrom('child')
          .select('id')
          .where('la_child_id', '=', p.laChildId)
          .executeTakeFirst();
        if (clash) {
          throw new ValidationError("The child's details could not be saved", [
            {
              field: 'laChildId',
              message: `Council child ID ${p.laChildId} is already used by another child`,
            },
          ]);
        }
        const id = randomUUID();
        await tx
          .insertInto('child')
          .values(personToRow(id, teamId, p))
          .execute();
        await tx
          .insertInto('fact_change')
          .values({
            actor: actor.label,
            child_id: id,
            kind: 'person',
            fact_id: id,
            op: 'create',
            before: null,
            after: JSON.stringify(p),
          })
          .execute();
        await logAccess(tx, actor, 'create', id, { kind: 'person' });
        await recomputeObligations(tx, [id], options.today());
        return { ...p, id, teamId };
      });
    },

    /** Add one fact to a child's record and recompute the child's clocks. */
    async addFact<K extends FactKind>(
      actor: Actor,
      childId: string,
      kind: K,
      input: unknown,
    ): Promise<ChildRecord[K][number]> {
      const fact = parseOrThrow(FACT_SCHEMAS[kind], input, FACT_LABELS[kind]) as Record<string, unknown>;
      return db.transaction().execute(async (tx) => {
        await requireChild(tx, childId);
        await checkLinks(tx, childId, kind, fact);
        const id = randomUUID();
        const row = factToRow(childId, id, fact);
        await tx.insertInto(tableFor(kind)).values(row).execute();
        await tx
          .insertInto('fact_change')
          .values({
            actor: actor.label,
            child_id: childId,
            kind,
            fact_id: id,
            op: 'create',
            before: null,
            after: JSON.stringify(fact),
          })
          .execute();
        await logAccess(tx, actor, 'create', childId, { kind, factId: id });
        await recomputeObligations(tx, [childId], options.today());
        return rowToFact(kind, row);
      });
    },

    /** Correct a fact. The previous version is kept in the change log: nothing is lost. */
    async updateFact<K extends FactKind>(
      actor: Actor,
      childId: string,
      kind: K,
      factId: string,
      input: unknown,
    ): Promise<ChildRecord[K][number]> {
      const fact = parseOrThrow(FACT_SCHEMAS[kind], input, FACT_LABELS[kind]) as Record<string, unknown>;
      return db.transaction().execute(async (tx) => {
        const before = (await tx
          .selectFrom(tableFor(kind))
          .selectAll()
          .where('id', '=', factId)
          .where('child_id', '=', childId)
          .executeTakeFirst()) as FactRow | undefined;
        if (!before) throw new NotFoundError(`No ${FACT_LABELS[kind]} ${factId} on this child's record`);
        await checkLinks(tx, childId, kind, fact);
        const row = factToRow(childId, factId, fact);
        await tx.updateTable(tableFor(kind)).set(row).where('id', '=', factId).execute();
        await tx
          .insertInto('fact_change')
          .values({
            actor: actor.label,
            child_id: childId,
            kind,
            fact_id: factId,
            op: 'update',
            before: JSON.stringify(rowToFact(kind, before)),
            after: JSON.stringify(fact),
          })
          .execute();
        await logAccess(tx, actor, 'update', childId, { kind, factId });
        await recomputeObligations(tx, [childId], options.today());
        return rowToFact(kind, row);
      });
    },

    /** Read a child's whole record; the read is logged with its reason. */
    async readRecord(actor: Actor, childId: string, reason: string): Promise<ChildRecord> {
      return db.transaction().execute(async (tx) => {
        const record = await loadRecord(tx, childId);
        if (!record) throw new NotFoundError(`No child with id ${childId}`);
        await logAccess(tx, actor, 'read', childId, { reason });
        return record;
      });
    },
  };
}

export type RecordService = ReturnType<typeof recordService>;
