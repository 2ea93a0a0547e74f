/**
 * `kith demo`: writes a deterministic synthetic council — teams, workers with turnover, and N children
 * with several years of journeys — then computes every child's obligations. Children are generated
 * and written in batches so memory stays flat and progress can be shown.
 */
import type { Kysely } from 'kysely';
import { evaluateClocks } from '../clocks/index.ts';
import { type DayNumber, dayToIso, type IsoDate, isoToDay, plusYears } from '../core/day.ts';
import { ConflictError } from '../core/errors.ts';
import type { ChildRecord } from '../record/facts.ts';
import { insertRecords } from '../store/bulk.ts';
import { obligationRows } from '../store/obligations.ts';
import type { Database } from '../store/schema.ts';
import postcodes from './data/postcodes.json' with { type: 'json' };
import { generateJourney } from './journey.ts';
import { PROFILES, type ProfileName } from './profiles.ts';
import { Random } from './random.ts';
import { buildWorkforce, workerRow } from './workforce.ts';

export interface DemoOptions {
  readonly children: number;
  readonly seed: number;
  readonly profile: ProfileName;
  /** The demo's "today" (defaults to the real date); the same seed and date give the same council. */
  readonly asAt: IsoDate;
  /** Years of history before asAt. */
  readonly years?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface DemoSummary {
  readonly children: number;
  readonly facts: number;
  readonly obligations: number;
  readonly teams: number;
  readonly workers: number;
  readonly overdue: number;
}

/** The demo council: a synthetic name, with York's codes so postcodes and return codes are real. */
export const DEMO_COUNCIL = {
  laCode: 'E06000014',
  laNumber: '816',
  name: 'Kithbridge (synthetic demo council)',
} as const;

const BATCH = 500;

export async function generateDemo(db: Kysely<Database>, o: DemoOptions): Promise<DemoSummary> {
  const existing = await db.selectFrom('child').select('id').limit(1).executeTakeFirst();
  if (existing)
    throw new ConflictError(
      'This database already holds children; use an empty data directory for a demo council',
    );
  const asAt = isoToDay(o.asAt) as DayNumber;
  const historyStart = plusYears(asAt, -(o.years ?? 5));
  const profile = PROFILES[o.profile];
  const root = new Random(o.seed);
  const workforce = buildWorkforce(root.fork(1), profile, o.children, historyStart, asAt);

  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('council').execute();
    await tx
      .insertInto('council')
      .values({
        la_code: DEMO_COUNCIL.laCode,
        la_number: DEMO_COUNCIL.laNumber,
        name: DEMO_COUNCIL.name,
        demo_profile: o.profile,
        demo_seed: o.seed,
      })
      .execute();
    await tx
      .insertInto('team')
      .values(workforce.teams.map((t) => ({ id: t.id, name: t.name, kind: t.kind })))
      .execute();
    for (let i = 0; i < workforce.workers.length; i += 1000) {
      await tx
        .insertInto('worker')
        .values(workforce.workers.slice(i, i + 1000).map(workerRow))
        .execute();
    }
  });

  let facts = 0;
  let obligations = 0;
  let overdue = 0;
  for (let start = 0; start < o.children; start += BATCH) {
    const records: ChildRecord[] = [];
    const end = Math.min(o.children, start + BATCH);
    for (let i = start; i < end; i++) {
      records.push(
        generateJourney({
          rng: root.fork(1000 + i),
          profile,
          workforce,
          asAt,
          historyStart,
          laNumber: Number(DEMO_COUNCIL.laNumber),
          homePostcodes: postcodes.home,
          outOfAreaPostcodes: postcodes.out,
          index: i,
        }),
      );
    }
    await db.transaction().execute(async (tx) => {
      facts += await insertRecords(tx, records);
      const rows = records.flatMap((r) => obligationRows(r.person.id, evaluateClocks(r, o.asAt), o.asAt));
      obligations += rows.length;
      overdue += rows.filter((r) => r.state === 'overdue').length;
      for (let i = 0; i < rows.length; i += 3000)
        await tx
          .insertInto('obligation')
          .values(rows.slice(i, i + 3000))
          .execute();
      await tx
        .insertInto('access_log')
        .values({
          actor_id: null,
          actor: 'demo',
          action: 'create',
          child_id: null,
          reason: 'demo council',
          detail: JSON.stringify({ children: records.length }),
        })
        .execute();
    });
    o.onProgress?.(end, o.children);
  }
  return {
    children: o.children,
    facts,
    obligations,
    teams: workforce.teams.length,
    workers: workforce.workers.length,
    overdue,
  };
}

export function todayIso(): IsoDate {
  return dayToIso(Math.floor(Date.now() / 86_400_000));
}
