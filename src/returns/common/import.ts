/**
 * What the SSDA903 and CIN census imports share: the report, matching a return's rows against the
 * record by natural keys, and writing one batch of children in one transaction.
 *
 * The rules every import follows:
 * - Every row is parsed with the record's own zod schema, so an import can hold nothing a form could not.
 * - Children are matched by the council's child ID, facts by natural keys (an episode by its start date,
 *   a review by its date ...). A matching fact is a duplicate and adds nothing; where the return says
 *   more than the record (an end date the record did not yet have), the gap is filled and the change
 *   logged; where the two disagree, the record is kept and the row is refused with both values. Nothing
 *   is ever deleted, so importing the same files twice adds nothing the second time.
 * - A child's "spine" (the 903 Header and Episodes rows; the census ChildIdentifiers) is imported whole
 *   or not at all: if one of its rows is refused, every row of that child is held back, because facts
 *   hung on a broken care history or identity would give wrong clocks. Other rows are independent dated
 *   facts: a refused one drops only itself, unless a fact it hangs from was refused (a review of a
 *   refused plan).
 * - One transaction per batch of children: a failure leaves no half-written child.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { Actor } from '../../access/actor.ts';
import type { IsoDate } from '../../core/day.ts';
import { ConfigurationError, ConflictError } from '../../core/errors.ts';
import type { ChildRecord, FactKind, Person } from '../../record/facts.ts';
import { loadRecords } from '../../store/child-record.ts';
import { FACT_KINDS, factToRow, personToRow, tableFor } from '../../store/fact-tables.ts';
import { recomputeObligations } from '../../store/obligations.ts';
import type { Database } from '../../store/schema.ts';

export {
  type CountByKind,
  emptyReport,
  type ImportReport,
  importExitCode,
  type NotImported,
  type RefusedRow,
  type RowSource,
  totalOf,
} from './import-report.ts';

import type { CountByKind, ImportReport, RefusedRow, RowSource } from './import-report.ts';

// ---------------------------------------------------------------------------------------------------
// The council row

export interface CouncilInput {
  /** Long ONS code, e.g. E06000014. */
  readonly laCode?: string | undefined;
  /** Three-digit DfE LA number, e.g. 816. */
  readonly laNumber?: string | undefined;
  readonly name?: string | undefined;
}

/**
 * The council the record belongs to: the existing row, checked against what the caller gave (importing
 * another council's return into this database is refused), or a new row when the database has none.
 */
export async function ensureCouncil(
  db: Kysely<Database>,
  input: CouncilInput,
): Promise<{ laCode: string; laNumber: string; created: boolean }> {
  const row = await db.selectFrom('council').selectAll().executeTakeFirst();
  if (row) {
    if (input.laCode && input.laCode !== row.la_code) {
      throw new ConflictError(
        `This database belongs to council ${row.la_code} (LA ${row.la_number}); ` +
          `the return is for ${input.laCode}`,
      );
    }
    if (input.laNumber && input.laNumber !== row.la_number) {
      throw new ConflictError(
        `This database belongs to LA ${row.la_number} (${row.la_code}); ` +
          `the return is for LA ${input.laNumber}`,
      );
    }
    return { laCode: row.la_code, laNumber: row.la_number, created: false };
  }
  if (!input.laCode || !input.laNumber) {
    const missing = [!input.laCode ? '--la <ONS code, e.g. E06000014>' : null]
      .concat(!input.laNumber ? ['--la-number <DfE LA number, e.g. 816>'] : [])
      .filter((m): m is string => m !== null);
    throw new ConfigurationError(
      'The database has no council yet, so the import must say which council it is: ' +
        `give ${missing.join(' and ')}`,
    );
  }
  await db
    .insertInto('council')
    .values({
      la_code: input.laCode,
      la_number: input.laNumber,
      name: input.name ?? `Council ${input.laCode} (LA ${input.laNumber})`,
      demo_profile: null,
      demo_seed: null,
    })
    .execute();
  return { laCode: input.laCode, laNumber: input.laNumber, created: true };
}

// ---------------------------------------------------------------------------------------------------
// Matching rows against the record

export type Fields = Record<string, unknown>;
type PersonFields = Omit<Person, 'id' | 'teamId'>;

interface PlannedFact {
  readonly kind: FactKind;
  readonly id: string;
  readonly key: string;
  fact: Fields;
  /** The fact as the record holds it before this import, for an existing fact. */
  readonly before: Fields | null;
  changed: boolean;
}

export interface MergeSpec {
  /** Fields the return states: a blank in the return says nothing; a different value is a conflict. */
  readonly compare: readonly string[];
  /** Fields the import works out (e.g. from the child's episodes): they only ever fill a blank. */
  readonly derived?: readonly string[];
  /** The DfE column or element a field came from, for refusals. */
  readonly columnOf: (field: string) => string;
  /** How two values of a field are the same (default: equal JSON). */
  readonly same?: (field: string, a: unknown, b: unknown) => boolean;
  /** How a person reads the fact's key in a message, e.g. "episode starting 2025-05-05". */
  readonly label: string;
}

export type MergeOutcome =
  | { readonly outcome: 'created' | 'completed' | 'duplicate'; readonly id: string }
  | { readonly outcome: 'conflict'; readonly field: string; readonly reason: string };

const isBlank = (v: unknown): boolean =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** Equal values; lists (disabilities, assessment factors) are equal when they hold the same codes. */
const sameJson = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b)
    ? JSON.stringify([...a].sort()) === JSON.stringify([...b].sort())
    : JSON.stringify(a) === JSON.stringify(b);

const shown = (v: unknown): string => (Array.isArray(v) ? v.join(' ') : String(v));

/**
 * Fields to fill in `target` from `incoming`, or the first field where they disagree. A blank in the
 * return says nothing (a 903 leaves DEC empty for an episode that ends after the year), so it never
 * clears what the record knows.
 */
function mergeFields(
  target: Fields,
  incoming: Fields,
  spec: MergeSpec,
): { fills: Fields } | { conflict: string; had: unknown; got: unknown } {
  const fills: Fields = {};
  const same = spec.same ?? ((_f: string, a: unknown, b: unknown) => sameJson(a, b));
  for (const f of spec.compare) {
    const a = target[f];
    const b = incoming[f];
    if (isBlank(b)) continue;
    if (isBlank(a)) fills[f] = b;
    else if (!same(f, a, b)) return { conflict: f, had: a, got: b };
  }
  for (const f of spec.derived ?? []) {
    if (isBlank(target[f]) && !isBlank(incoming[f])) fills[f] = incoming[f];
  }
  return { fills };
}

/**
 * One child's import plan: the record as it stands (or a new child), the facts the return adds or
 * completes, and the rows refused. Nothing is written until the batch is applied.
 */
export class ChildPlan {
  readonly childId: string;
  readonly isNew: boolean;
  person: PersonFields | null;
  private readonly personBefore: PersonFields | null;
  private personChanged = false;
  private readonly teamId: string | null;
  private readonly facts = new Map<FactKind, PlannedFact[]>();
  private readonly byKey = new Map<string, PlannedFact>();
  readonly refusals: RefusedRow[] = [];
  /** Every row of the return about this child, to list the ones held back. */
  readonly rows: RowSource[] = [];
  spineRefused: RefusedRow | null = null;
  readonly created: CountByKind = {};
  readonly completed: CountByKind = {};
  readonly duplicates: CountByKind = {};

  constructor(
    readonly laChildId: string,
    existing: ChildRecord | undefined,
    private readonly keyOf: Partial<Record<FactKind, (f: Fields) => string>>,
    /** How messages name a row ('row' in a CSV, 'line' in XML) and why the spine goes whole. */
    private readonly wording: { readonly unit: 'row' | 'line'; readonly spine: string },
  ) {
    this.childId = existing?.person.id ?? randomUUID();
    this.isNew = existing === undefined;
    this.teamId = existing?.person.teamId ?? null;
    if (existing) {
      const { id: _id, teamId: _team, ...fields } = existing.person;
      this.person = fields;
      this.personBefore = fields;
      for (const kind of Object.keys(keyOf) as FactKind[]) {
        const key = keyOf[kind] as (f: Fields) => string;
        for (const f of existing[kind] as readonly Fields[]) {
          const { id, ...fields } = f as Fields & { id: string };
          const planned: PlannedFact = {
            kind,
            id,
            key: key(fields),
            fact: fields,
            before: fields,
            changed: false,
          };
          this.list(kind).push(planned);
          // The first of several facts with one key is the one a return's row matches.
          if (!this.byKey.has(`${kind}\u0000${planned.key}`))
            this.byKey.set(`${kind}\u0000${planned.key}`, planned);
        }
      }
    } else {
      this.person = null;
      this.personBefore = null;
    }
  }

  private list(kind: FactKind): PlannedFact[] {
    let l = this.facts.get(kind);
    if (!l) {
      l = [];
      this.facts.set(kind, l);
    }
    return l;
  }

  private count(c: CountByKind, kind: FactKind | 'person'): void {
    c[kind] = (c[kind] ?? 0) + 1;
  }

  refuse(src: RowSource, field: string | null, reason: string, spine = false): void {
    const r: RefusedRow = { ...src, child: this.laChildId, field, reason };
    this.refusals.push(r);
    if (spine && !this.spineRefused) this.spineRefused = r;
  }

  /** The child's details from the return: a new child, or the existing one completed or checked. */
  setPerson(incoming: PersonFields, spec: MergeSpec, src: RowSource): MergeOutcome {
    if (this.person === null) {
      this.person = incoming;
      this.personChanged = true;
      this.count(this.created, 'person');
      return { outcome: 'created', id: this.childId };
    }
    const m = mergeFields(this.person as unknown as Fields, incoming as unknown as Fields, spec);
    if ('conflict' in m) {
      const reason =
        `the record already has ${spec.label} with ${spec.columnOf(m.conflict)} ${shown(m.had)}; ` +
        `this row says ${shown(m.got)}; the record was kept`;
      this.refuse(src, spec.columnOf(m.conflict), reason, true);
      return { outcome: 'conflict', field: m.conflict, reason };
    }
    if (Object.keys(m.fills).length === 0) {
      this.count(this.duplicates, 'person');
      return { outcome: 'duplicate', id: this.childId };
    }
    this.person = { ...this.person, ...(m.fills as Partial<PersonFields>) };
    this.personChanged = true;
    this.count(this.completed, 'person');
    return { outcome: 'completed', id: this.childId };
  }

  /** Add a fact from the return, or match it to one the record (or this return) already has. */
  addFact(kind: FactKind, incoming: Fields, spec: MergeSpec, src: RowSource, spine = false): MergeOutcome {
    const keyFn = this.keyOf[kind];
    if (!keyFn) throw new Error(`no natural key for ${kind}`);
    const key = keyFn(incoming);
    const found = this.byKey.get(`${kind}\u0000${key}`);
    if (!found) {
      const planned: PlannedFact = {
        kind,
        id: randomUUID(),
        key,
        fact: incoming,
        before: null,
        changed: true,
      };
      this.list(kind).push(planned);
      this.byKey.set(`${kind}\u0000${key}`, planned);
      this.count(this.created, kind);
      return { outcome: 'created', id: planned.id };
    }
    const m = mergeFields(found.fact, incoming, spec);
    if ('conflict' in m) {
      const where = found.before ? 'the record already has' : 'an earlier row of this return gives';
      const reason =
        `${where} the ${spec.label} with ${spec.columnOf(m.conflict)} ${shown(found.fact[m.conflict])}; ` +
        `this row says ${shown(m.got)}; ${found.before ? 'the record was kept' : 'the earlier row was kept'}`;
      this.refuse(src, spec.columnOf(m.conflict), reason, spine);
      return { outcome: 'conflict', field: m.conflict, reason };
    }
    if (Object.keys(m.fills).length === 0) {
      this.count(this.duplicates, kind);
      return { outcome: 'duplicate', id: found.id };
    }
    found.fact = { ...found.fact, ...m.fills };
    // A row completing a fact this same return adds (AD1 adding the match date to PlacedAdoption's
    // adoption) is part of that one new fact, already counted as created.
    if (found.before) {
      if (!found.changed) this.count(this.completed, kind);
      found.changed = true;
    }
    return { outcome: 'completed', id: found.id };
  }

  /** Facts of a kind as they will stand after the import (the record's and the return's). */
  current(kind: FactKind): readonly Fields[] {
    return (this.facts.get(kind) ?? []).map((p) => p.fact);
  }

  /** One fact as it will stand after the import, by id. */
  currentFact(kind: FactKind, id: string): Fields | null {
    return (this.facts.get(kind) ?? []).find((p) => p.id === id)?.fact ?? null;
  }

  /** Fill blanks of a fact the import works out afterwards (e.g. an adoption's placed date). */
  fillDerived(kind: FactKind, id: string, fills: Fields): void {
    const p = (this.facts.get(kind) ?? []).find((f) => f.id === id);
    if (!p) return;
    const add: Fields = {};
    for (const [k, v] of Object.entries(fills)) if (isBlank(p.fact[k]) && !isBlank(v)) add[k] = v;
    if (Object.keys(add).length === 0) return;
    p.fact = { ...p.fact, ...add };
    if (p.before && !p.changed) this.count(this.completed, kind);
    p.changed = true;
  }

  /** Fill blanks of the person the import works out afterwards (e.g. the date UASC status began). */
  fillPerson(fills: Partial<PersonFields>): void {
    if (!this.person) return;
    const add: Fields = {};
    const current = this.person as unknown as Fields;
    for (const [k, v] of Object.entries(fills)) if (isBlank(current[k]) && !isBlank(v)) add[k] = v;
    if (Object.keys(add).length === 0) return;
    if (!this.isNew && !this.personChanged) this.count(this.completed, 'person');
    this.person = { ...this.person, ...(add as Partial<PersonFields>) };
    this.personChanged = true;
  }

  /** Whether anything is to be written for this child. */
  get changed(): boolean {
    if (this.spineRefused) return false;
    if (this.personChanged) return true;
    for (const l of this.facts.values()) if (l.some((p) => p.changed)) return true;
    return false;
  }

  /**
   * Close the plan: when the spine was refused, every other row of the child is held back and
   * nothing is written; the counts are cleared so the report counts only what was written.
   */
  finish(): void {
    if (!this.spineRefused) return;
    const s = this.spineRefused;
    const already = new Set(this.refusals.map((r) => `${r.file}\u0000${r.table}\u0000${r.row}`));
    const cause = `${s.table} ${this.wording.unit} ${s.row ?? '?'}${s.field ? ` (${s.field})` : ''}`;
    for (const src of this.rows) {
      if (already.has(`${src.file}\u0000${src.table}\u0000${src.row}`)) continue;
      this.refusals.push({
        ...src,
        child: this.laChildId,
        field: null,
        reason: `held back: this child's ${cause} was refused, and ${this.wording.spine}`,
      });
    }
    for (const c of [this.created, this.completed, this.duplicates])
      for (const k of Object.keys(c)) delete c[k as FactKind];
  }

  /** The writes this plan makes (only when it is not held back). */
  changes(): ChildChanges {
    const creates: ChildChanges['creates'][number][] = [];
    const updates: ChildChanges['updates'][number][] = [];
    for (const l of this.facts.values()) {
      for (const p of l) {
        if (!p.changed) continue;
        if (p.before) updates.push({ kind: p.kind, id: p.id, before: p.before, after: p.fact });
        else creates.push({ kind: p.kind, id: p.id, fact: p.fact });
      }
    }
    return {
      childId: this.childId,
      teamId: this.teamId,
      isNew: this.isNew,
      person: this.person as PersonFields,
      personBefore: this.personChanged && !this.isNew ? this.personBefore : null,
      creates,
      updates,
    };
  }
}

/** Load the children a batch names, by council child ID. */
export async function existingRecords(
  db: Kysely<Database>,
  laChildIds: readonly string[],
): Promise<Map<string, ChildRecord>> {
  const out = new Map<string, ChildRecord>();
  if (laChildIds.length === 0) return out;
  const rows = await db
    .selectFrom('child')
    .select(['id', 'la_child_id'])
    .where('la_child_id', 'in', laChildIds)
    .execute();
  const records = await loadRecords(
    db,
    rows.map((r) => r.id),
  );
  for (const r of records.values()) out.set(r.person.laChildId, r);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Writing a batch

export interface ChildChanges {
  readonly childId: string;
  readonly teamId: string | null;
  readonly isNew: boolean;
  readonly person: PersonFields;
  /** The person before, when an existing child's details were completed. */
  readonly personBefore: PersonFields | null;
  readonly creates: readonly { readonly kind: FactKind; readonly id: string; readonly fact: Fields }[];
  readonly updates: readonly {
    readonly kind: FactKind;
    readonly id: string;
    readonly before: Fields;
    readonly after: Fields;
  }[];
}

const BATCH_CELLS = 30_000; // well under PostgreSQL's 65,535 bind parameters

async function insertRows(
  tx: Transaction<Database>,
  table: keyof Database,
  rows: readonly object[],
): Promise<void> {
  if (rows.length === 0) return;
  const width = Math.max(1, ...rows.map((r) => Object.keys(r).length));
  const size = Math.max(1, Math.floor(BATCH_CELLS / width));
  for (let i = 0; i < rows.length; i += size) {
    // Rows here were built from the table's own mapping (store/fact-tables.ts); Kysely types each table.
    await tx
      .insertInto(table as 'child')
      .values(rows.slice(i, i + size) as never)
      .execute();
  }
}

/**
 * Write one batch of children's changes in the caller's transaction: new children, new facts (in
 * dependency order, so a review's plan exists before the review), completed facts, the change log
 * (before and after), one access-log entry per child, then the children's obligations.
 */
export async function applyChanges(
  tx: Transaction<Database>,
  actor: Actor,
  reason: string,
  batch: readonly ChildChanges[],
  asAt: IsoDate,
): Promise<number> {
  if (batch.length === 0) return 0;
  const changeLog: object[] = [];
  const log = (childId: string, kind: string, factId: string, before: unknown, after: unknown) =>
    changeLog.push({
      actor: actor.label,
      child_id: childId,
      kind,
      fact_id: factId,
      op: before === null ? 'create' : 'update',
      before: before === null ? null : JSON.stringify(before),
      after: JSON.stringify(after),
    });

  await insertRows(
    tx,
    'child',
    batch.filter((c) => c.isNew).map((c) => personToRow(c.childId, c.teamId, c.person)),
  );
  for (const c of batch) {
    if (c.isNew) log(c.childId, 'person', c.childId, null, c.person);
    else if (c.personBefore) {
      const { id: _id, ...row } = personToRow(c.childId, c.teamId, c.person);
      await tx
        .updateTable('child')
        .set({ ...row, updated_at: new Date().toISOString() })
        .where('id', '=', c.childId)
        .execute();
      log(c.childId, 'person', c.childId, c.personBefore, c.person);
    }
  }
  for (const kind of FACT_KINDS) {
    const rows: object[] = [];
    for (const c of batch) {
      for (const f of c.creates) {
        if (f.kind !== kind) continue;
        rows.push(factToRow(c.childId, f.id, f.fact));
        log(c.childId, kind, f.id, null, f.fact);
      }
    }
    await insertRows(tx, tableFor(kind), rows);
  }
  for (const c of batch) {
    for (const u of c.updates) {
      const { id: _id, child_id: _child, ...row } = factToRow(c.childId, u.id, u.after);
      await tx
        .updateTable(tableFor(u.kind))
        .set(row as never)
        .where('id', '=', u.id)
        .execute();
      log(c.childId, u.kind, u.id, u.before, u.after);
    }
  }
  await insertRows(tx, 'fact_change', changeLog);
  await insertRows(
    tx,
    'access_log',
    batch.map((c) => ({
      actor_id: actor.id,
      actor: actor.label,
      action: c.isNew ? 'create' : 'update',
      child_id: c.childId,
      reason,
      detail: JSON.stringify({ created: c.creates.length, completed: c.updates.length }),
    })),
  );
  return recomputeObligations(
    tx,
    batch.map((c) => c.childId),
    asAt,
  );
}

// ---------------------------------------------------------------------------------------------------
// Running an import batch by batch

export interface BatchRun {
  readonly report: ImportReport;
  /** Plan every child in one batch (the records of the children that exist are given). */
  readonly plan: (laChildIds: readonly string[], existing: Map<string, ChildRecord>) => ChildPlan[];
}

function add(into: CountByKind, from: CountByKind): void {
  for (const [k, v] of Object.entries(from)) into[k as FactKind] = (into[k as FactKind] ?? 0) + (v ?? 0);
}

/**
 * Plan and write children batch by batch, each batch in its own transaction, and fold the results
 * into the report.
 */
export async function runBatches(
  db: Kysely<Database>,
  o: {
    readonly report: ImportReport;
    readonly children: readonly string[];
    readonly batchSize: number;
    readonly actor: Actor;
    readonly reason: string;
    readonly asAt: IsoDate;
    readonly plan: BatchRun['plan'];
  },
): Promise<ImportReport> {
  const children = { created: 0, updated: 0, unchanged: 0, heldBack: 0 };
  const created: CountByKind = {};
  const completed: CountByKind = {};
  const duplicates: CountByKind = {};
  const refused: RefusedRow[] = [...o.report.refused];
  let obligations = 0;
  for (let i = 0; i < o.children.length; i += o.batchSize) {
    const ids = o.children.slice(i, i + o.batchSize);
    await db.transaction().execute(async (tx) => {
      const plans = o.plan(ids, await existingRecords(tx, ids));
      const writes: ChildChanges[] = [];
      const counts = { created: 0, updated: 0, unchanged: 0, heldBack: 0 };
      for (const p of plans) {
        p.finish();
        refused.push(...p.refusals);
        if (p.spineRefused) counts.heldBack++;
        else if (!p.changed) counts.unchanged++;
        else {
          writes.push(p.changes());
          if (p.isNew) counts.created++;
          else counts.updated++;
        }
      }
      obligations += await applyChanges(tx, o.actor, o.reason, writes, o.asAt);
      // Counted only once the batch's transaction has its writes, so a failed batch is not reported.
      for (const p of plans) {
        add(created, p.created);
        add(completed, p.completed);
        add(duplicates, p.duplicates);
      }
      for (const k of Object.keys(counts) as (keyof typeof counts)[]) children[k] += counts[k];
    });
  }
  return {
    ...o.report,
    children,
    facts: { created, completed, duplicates },
    refused,
    obligations,
  };
}

/** How one return's rows are read: a cell's text, its dates, and how to describe a value in a message. */
export interface RowFormat<R> {
  /** The text of a cell (null when empty or absent). */
  cell(row: R, column: string): string | null;
  /** A date cell: its ISO form, null when absent, undefined when not a date in the return's format. */
  date(raw: string | null): IsoDate | null | undefined;
  /** How the return writes dates, for messages: e.g. "903 dates are DD/MM/YYYY, e.g. 31/03/2026". */
  readonly dateHint: string;
  /** The row's value of a column as a person reads it in a message, e.g. " (the row has 'XX')". */
  describe(row: R, column: string): string;
}

/**
 * Parse a row's fact with its record schema. Dates are checked first so that a bad one is explained in
 * the return's own format; a refused row is reported with the return's column and the value it held.
 * A bad value in a field nothing else depends on (a UPN with a wrong check letter) is dropped and
 * reported, and the rest of the row kept: holding back a whole child for it would cost more than it saves.
 */
export function parseRow<R, S extends z.ZodType>(
  format: RowFormat<R>,
  plan: ChildPlan,
  ref: { readonly row: R; readonly src: RowSource },
  schema: S,
  input: Fields,
  dates: Record<string, string>,
  columns: Readonly<Record<string, string>>,
  spine: boolean,
  droppable: readonly string[] = [],
): z.output<S> | null {
  const drop = (field: string, column: string, reason: string): boolean => {
    if (!droppable.includes(field)) return false;
    plan.refuse(ref.src, column, `${reason}; the row was imported without it`);
    input[field] = null;
    return true;
  };
  for (const [field, column] of Object.entries(dates)) {
    const raw = format.cell(ref.row, column);
    const iso = format.date(raw);
    if (iso === undefined) {
      const reason = `'${raw}' is not a date; ${format.dateHint}`;
      if (drop(field, column, reason)) continue;
      plan.refuse(ref.src, column, reason, spine);
      return null;
    }
    input[field] = iso;
  }
  for (;;) {
    const result = schema.safeParse(input);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const field = issue?.path.length ? String(issue.path[0]) : null;
    const column = field ? (columns[field] ?? field) : null;
    const reason = `${issue?.message ?? 'not valid'}${column ? format.describe(ref.row, column) : ''}`;
    if (field !== null && column !== null && input[field] !== null && drop(field, column, reason)) continue;
    plan.refuse(ref.src, column, reason, spine);
    return null;
  }
}

/** Columns a return carries that the record does not hold, counted by table for the report. */
export interface Tally {
  notImported: Map<string, { table: string; columns: string[]; rows: number; reason: string }>;
}

export function tally(t: Tally, table: string, columns: string[], reason: string): void {
  const key = `${table}|${columns.join(',')}`;
  const e = t.notImported.get(key);
  if (e) e.rows++;
  else t.notImported.set(key, { table, columns, rows: 1, reason });
}
