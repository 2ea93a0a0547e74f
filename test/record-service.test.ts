import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTORS } from '../src/access/actor.ts';
import { ValidationError } from '../src/core/errors.ts';
import { type RecordService, recordService } from '../src/record/record-service.ts';
import type { Store } from '../src/store/db.ts';
import { openTestStore } from './support/store.ts';

const actor = SYSTEM_ACTORS.cli;
let store: Store;
let service: RecordService;

const child = {
  laChildId: 'T0001',
  firstName: 'Test',
  lastName: 'Child',
  dateOfBirth: '2015-06-01',
  sex: 'F',
  ethnicity: 'WBRI',
  upn: 'A950000178301',
  nhsNumber: '943 476 5919',
};

async function rowCount(
  table: 'child' | 'referral' | 'assessment' | 'fact_change' | 'access_log' | 'care_episode',
) {
  const r = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function refusal(p: Promise<unknown>): Promise<ValidationError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ValidationError);
  return e as ValidationError;
}

beforeAll(async () => {
  store = await openTestStore();
  service = recordService(store.db, { today: () => '2026-03-31' });
});
afterAll(async () => {
  await store.close();
});

describe('record service', () => {
  it('creates a child, normalising identifiers, and logs the change and the access', async () => {
    const p = await service.createChild(actor, child);
    expect(p.nhsNumber).toBe('9434765919');
    expect(await rowCount('child')).toBe(1);
    expect(await rowCount('fact_change')).toBe(1);
    expect(await rowCount('access_log')).toBe(1);
  });

  it('refuses a child with a wrong NHS check digit and a wrong UPN check letter, naming both fields', async () => {
    const before = await rowCount('child');
    const e = await refusal(
      service.createChild(actor, {
        ...child,
        laChildId: 'T0002',
        nhsNumber: '9434765918',
        upn: 'R247962919251',
      }),
    );
    expect(e.issues.map((i) => i.field).sort()).toEqual(['nhsNumber', 'upn']);
    expect(e.details.join('\n')).toMatch(/check digit/);
    expect(await rowCount('child')).toBe(before);
  });

  it('refuses a duplicate council child id', async () => {
    const e = await refusal(service.createChild(actor, child));
    expect(e.issues[0]?.field).toBe('laChildId');
    expect(await rowCount('child')).toBe(1);
  });

  it('refuses a child with neither a date of birth nor an expected one', async () => {
    const e = await refusal(service.createChild(actor, { ...child, laChildId: 'T0003', dateOfBirth: null }));
    expect(e.issues[0]?.field).toBe('dateOfBirth');
  });

  it('adds a referral and an assessment, recomputing obligations in the same transaction', async () => {
    const id = (await store.db.selectFrom('child').select('id').executeTakeFirstOrThrow()).id;
    const ref = await service.addFact(actor, id, 'referrals', { referralDate: '2026-01-05', source: '6' });
    await service.addFact(actor, id, 'assessments', { referralId: ref.id, startDate: '2026-01-06' });
    const obligations = await store.db
      .selectFrom('obligation')
      .selectAll()
      .where('child_id', '=', id)
      .execute();
    expect(obligations.length).toBeGreaterThan(0);
    expect(obligations.every((o) => o.as_at === '2026-03-31')).toBe(true);
  });

  it.each([
    ['referrals', { referralDate: '2026-02-30', source: '6' }, 'referralDate'],
    ['referrals', { referralDate: '2026-02-03', source: 'ZZ' }, 'source'],
    [
      'careEpisodes',
      {
        startDate: '2026-01-01',
        reasonNewEpisode: 'S',
        legalStatus: 'C9',
        categoryOfNeed: 'N1',
        placement: 'U1',
      },
      'legalStatus',
    ],
    ['sdqs', { date: '2026-01-01', score: 12, reason: 'SDQ1' }, 'score'],
  ] as const)('refuses a bad %s and writes nothing', async (kind, input, field) => {
    const id = (await store.db.selectFrom('child').select('id').executeTakeFirstOrThrow()).id;
    const changes = await rowCount('fact_change');
    const e = await refusal(service.addFact(actor, id, kind, input));
    expect(e.issues.map((i) => i.field)).toContain(field);
    expect(await rowCount('fact_change')).toBe(changes);
  });

  it("refuses an assessment linked to another child's referral", async () => {
    const other = await service.createChild(actor, {
      ...child,
      laChildId: 'T0004',
      upn: null,
      nhsNumber: null,
    });
    const first = await store.db.selectFrom('referral').select(['id', 'child_id']).executeTakeFirstOrThrow();
    const before = await rowCount('assessment');
    const e = await refusal(
      service.addFact(actor, other.id, 'assessments', { referralId: first.id, startDate: '2026-01-06' }),
    );
    expect(e.issues[0]?.field).toBe('referralId');
    expect(await rowCount('assessment')).toBe(before);
  });

  it('keeps the previous version of a corrected fact in the change log', async () => {
    const id = (
      await store.db
        .selectFrom('child')
        .select('id')
        .where('la_child_id', '=', 'T0001')
        .executeTakeFirstOrThrow()
    ).id;
    const ref = await store.db
      .selectFrom('referral')
      .selectAll()
      .where('child_id', '=', id)
      .executeTakeFirstOrThrow();
    await service.updateFact(actor, id, 'referrals', String(ref.id), {
      referralDate: '2026-01-06',
      source: '6',
    });
    const change = await store.db
      .selectFrom('fact_change')
      .selectAll()
      .where('fact_id', '=', String(ref.id))
      .where('op', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(change.before)).toContain('2026-01-05');
    expect(JSON.stringify(change.after)).toContain('2026-01-06');
  });

  it('logs every read of a record, and the logs refuse to be altered', async () => {
    const id = (
      await store.db
        .selectFrom('child')
        .select('id')
        .where('la_child_id', '=', 'T0001')
        .executeTakeFirstOrThrow()
    ).id;
    const reads = async () =>
      (
        await store.db
          .selectFrom('access_log')
          .select('id')
          .where('child_id', '=', id)
          .where('action', '=', 'read')
          .execute()
      ).length;
    const before = await reads();
    const record = await service.readRecord(actor, id, 'test');
    expect(record.referrals).toHaveLength(1);
    expect(await reads()).toBe(before + 1);
    await expect(store.db.deleteFrom('access_log').execute()).rejects.toThrow(/append-only/);
    await expect(store.db.updateTable('fact_change').set({ actor: 'x' }).execute()).rejects.toThrow(
      /append-only/,
    );
  });
});
