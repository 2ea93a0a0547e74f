/**
 * Every kind of fact the record holds: a valid one is written (with its change and access log), and a
 * bad one is refused with an error naming the field, leaving nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTORS } from '../src/access/actor.ts';
import { ValidationError } from '../src/core/errors.ts';
import type { FactKind } from '../src/record/facts.ts';
import { type RecordService, recordService } from '../src/record/record-service.ts';
import type { Store } from '../src/store/db.ts';
import { tableFor } from '../src/store/fact-tables.ts';
import { openTestStore } from './support/store.ts';

let store: Store;
let service: RecordService;
let childId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  store = await openTestStore();
  service = recordService(store.db, { today: () => '2026-06-30' });
  await store.db
    .insertInto('team')
    .values({ id: '00000000-0000-4000-8000-000000000001', name: 'Team A', kind: 'assessment' })
    .execute();
  await store.db
    .insertInto('worker')
    .values({
      id: '00000000-0000-4000-8000-000000000002',
      team_id: '00000000-0000-4000-8000-000000000001',
      name: 'Synthetic Worker',
      role: 'social_worker',
      agency: false,
      started_on: '2020-01-01',
      left_on: null,
      email: null,
    })
    .execute();
  const child = await service.createChild(SYSTEM_ACTORS.cli, {
    laChildId: 'K1',
    firstName: 'Sam',
    lastName: 'Synthetic',
    dateOfBirth: '2012-02-29',
    sex: 'M',
    ethnicity: 'WBRI',
  });
  childId = child.id;
  const contact = await service.addFact(SYSTEM_ACTORS.cli, childId, 'contacts', {
    receivedAt: '2026-01-05T09:30:00Z',
    source: '2A',
  });
  ids.contact = contact.id;
  const referral = await service.addFact(SYSTEM_ACTORS.cli, childId, 'referrals', {
    referralDate: '2026-01-06',
    source: '2A',
    primaryNeed: 'N1',
    contactId: contact.id,
  });
  ids.referral = referral.id;
  const sd = await service.addFact(SYSTEM_ACTORS.cli, childId, 'strategyDiscussions', {
    referralId: referral.id,
    date: '2026-01-07',
  });
  ids.sd = sd.id;
  const plan = await service.addFact(SYSTEM_ACTORS.cli, childId, 'cpPlans', {
    referralId: referral.id,
    startDate: '2026-01-27',
    initialCategory: 'NEG',
    latestCategory: 'NEG',
    numberOfPreviousPlans: 0,
  });
  ids.plan = plan.id;
});
afterAll(async () => {
  await store?.close();
});

const W = '00000000-0000-4000-8000-000000000002';
const CASES: {
  kind: FactKind;
  valid: () => Record<string, unknown>;
  bad: Record<string, unknown>;
  field: string;
}[] = [
  {
    kind: 'addresses',
    valid: () => ({ postcode: 'yo1 7hh', from: '2012-02-29' }),
    bad: { postcode: 'NOT A POSTCODE' },
    field: 'postcode',
  },
  {
    kind: 'contacts',
    valid: () => ({
      receivedAt: '2026-02-01T10:00:00Z',
      source: '6',
      decidedAt: '2026-02-02T10:00:00Z',
      outcome: 'nfa',
      decidedBy: W,
    }),
    bad: { receivedAt: '1 Feb 2026' },
    field: 'receivedAt',
  },
  {
    kind: 'referrals',
    valid: () => ({ referralDate: '2026-02-03', source: '6' }),
    bad: { closureReason: 'RC99' },
    field: 'closureReason',
  },
  {
    kind: 'assessments',
    valid: () => ({ referralId: ids.referral, startDate: '2026-01-07', factors: ['1C', '3A'] }),
    bad: { factors: ['ZZ'] },
    field: 'factors.0',
  },
  {
    kind: 'strategyDiscussions',
    valid: () => ({ referralId: ids.referral, date: '2026-01-08' }),
    bad: { date: '2026-13-01' },
    field: 'date',
  },
  {
    kind: 'section47s',
    valid: () => ({
      referralId: ids.referral,
      startDate: '2026-01-07',
      strategyDiscussionId: ids.sd,
      icpcDate: '2026-01-27',
    }),
    bad: { icpcNotRequired: 'maybe' },
    field: 'icpcNotRequired',
  },
  {
    kind: 'cpPlans',
    valid: () => ({
      referralId: ids.referral,
      startDate: '2026-01-27',
      initialCategory: 'EMO',
      latestCategory: 'EMO',
    }),
    bad: { initialCategory: 'XYZ' },
    field: 'initialCategory',
  },
  {
    kind: 'cpReviews',
    valid: () => ({ cpPlanId: ids.plan, date: '2026-04-20' }),
    bad: { cpPlanId: 'not-a-uuid' },
    field: 'cpPlanId',
  },
  {
    kind: 'coreGroups',
    valid: () => ({ cpPlanId: ids.plan, date: '2026-02-05' }),
    bad: { date: null },
    field: 'date',
  },
  {
    kind: 'cinPlans',
    valid: () => ({ referralId: ids.referral, startDate: '2026-03-01' }),
    bad: { endDate: '31/12/2026' },
    field: 'endDate',
  },
  {
    kind: 'careEpisodes',
    valid: () => ({
      startDate: '2026-03-02',
      reasonNewEpisode: 'S',
      legalStatus: 'C2',
      categoryOfNeed: 'N1',
      placement: 'U1',
      provider: 'PR1',
      homePostcode: 'YO1 7',
      placementPostcode: 'YO1 7',
    }),
    bad: { placement: 'Q9' },
    field: 'placement',
  },
  {
    kind: 'claReviews',
    valid: () => ({ date: '2026-03-27', participation: 'PN1' }),
    bad: { participation: 'PN9' },
    field: 'participation',
  },
  {
    kind: 'visits',
    valid: () => ({ kind: 'cla', date: '2026-03-05', seenAlone: true, workerId: W }),
    bad: { kind: 'social' },
    field: 'kind',
  },
  {
    kind: 'healthAssessments',
    valid: () => ({ kind: 'initial', requestedDate: '2026-03-03', date: '2026-03-25' }),
    bad: { kind: 'annual' },
    field: 'kind',
  },
  { kind: 'dentalChecks', valid: () => ({ date: '2026-04-01' }), bad: { date: '' }, field: 'date' },
  {
    kind: 'immunisations',
    valid: () => ({ asAt: '2026-04-01', upToDate: true }),
    bad: { upToDate: 'yes' },
    field: 'upToDate',
  },
  { kind: 'sdqs', valid: () => ({ date: '2026-04-01', score: 14 }), bad: { score: 41 }, field: 'score' },
  {
    kind: 'peps',
    valid: () => ({ kind: 'initial', date: '2026-03-20' }),
    bad: { kind: 'final' },
    field: 'kind',
  },
  {
    kind: 'missingEpisodes',
    valid: () => ({ kind: 'M', startDate: '2026-04-02', endDate: '2026-04-03' }),
    bad: { kind: 'X' },
    field: 'kind',
  },
  {
    kind: 'careLeaverContacts',
    valid: () => ({ date: '2029-02-28', inTouch: 'YES', activity: 'F1', accommodation: 'D1' }),
    bad: { inTouch: 'MAYBE' },
    field: 'inTouch',
  },
  {
    kind: 'pathwayPlans',
    valid: () => ({ kind: 'needs_assessment', date: '2028-04-01' }),
    bad: { kind: 'draft' },
    field: 'kind',
  },
  {
    kind: 'adoptions',
    valid: () => ({ decisionDate: '2026-05-01' }),
    bad: { placedCeasedReason: 'RD9' },
    field: 'placedCeasedReason',
  },
  { kind: 'previousPermanence', valid: () => ({ kind: 'Z1' }), bad: { kind: 'P9' }, field: 'kind' },
  {
    kind: 'allocations',
    valid: () => ({ workerId: W, role: 'social_worker', from: '2026-01-06' }),
    bad: { role: 'friend' },
    field: 'role',
  },
  {
    kind: 'oversight',
    valid: () => ({ kind: 'decision', date: '2026-01-06', managerId: W, note: 'Proceed to assessment.' }),
    bad: { note: '' },
    field: 'note',
  },
];

async function count(kind: FactKind) {
  const r = await store.db
    .selectFrom(tableFor(kind))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('every kind of fact', () => {
  it('covers every kind the record holds', async () => {
    const { FACT_KINDS } = await import('../src/store/fact-tables.ts');
    expect(CASES.map((c) => c.kind).sort()).toEqual([...FACT_KINDS].sort());
  });

  it.each(CASES)('$kind: a valid one is written and read back', async ({ kind, valid }) => {
    const before = await count(kind);
    const fact = await service.addFact(SYSTEM_ACTORS.cli, childId, kind, valid());
    expect(await count(kind)).toBe(before + 1);
    const record = await service.readRecord(SYSTEM_ACTORS.cli, childId, 'test');
    expect(record[kind].map((f) => f.id)).toContain(fact.id);
  });

  it.each(CASES)(
    '$kind: a bad $field is refused by name and nothing is written',
    async ({ kind, valid, bad, field }) => {
      const before = await count(kind);
      const changes = await store.db.selectFrom('fact_change').select('id').execute();
      const err = await service.addFact(SYSTEM_ACTORS.cli, childId, kind, { ...valid(), ...bad }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(ValidationError);
      expect((err as ValidationError).issues.map((i) => i.field)).toContain(field);
      expect(await count(kind)).toBe(before);
      expect((await store.db.selectFrom('fact_change').select('id').execute()).length).toBe(changes.length);
    },
  );

  it('refuses a fact for a child that does not exist', async () => {
    await expect(
      service.addFact(SYSTEM_ACTORS.cli, '00000000-0000-4000-8000-00000000dead', 'dentalChecks', {
        date: '2026-01-01',
      }),
    ).rejects.toThrow(/No child/);
  });

  it('refuses a link to a worker who does not exist', async () => {
    const err = await service
      .addFact(SYSTEM_ACTORS.cli, childId, 'visits', {
        kind: 'cla',
        date: '2026-03-05',
        workerId: '00000000-0000-4000-8000-00000000beef',
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect((err as ValidationError).issues[0]?.field).toBe('workerId');
  });
});
