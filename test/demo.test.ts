import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../src/demo/generate.ts';
import type { Store } from '../src/store/db.ts';
import { openTestStore } from './support/store.ts';

const AS_AT = '2026-03-31';

async function fingerprint(store: Store) {
  const r = await sql<{ children: number; facts: string; obligations: string }>`
    select (select count(*)::int from child) as children,
           (select md5(string_agg(la_child_id || date_of_birth || sex || ethnicity, ',' order by la_child_id)) from child) as facts,
           (select md5(string_agg(kind || start || due || coalesce(done::text, '') || state, ',' order by kind, start, due, state)) from obligation) as obligations`.execute(
    store.db,
  );
  return r.rows[0];
}

async function overdueShare(store: Store, kinds: string[]) {
  const r = await store.db
    .selectFrom('obligation')
    .where('kind', 'in', kinds)
    .where('state', '!=', 'not_applicable')
    .select([
      sql<number>`count(*) filter (where state in ('overdue', 'met_late'))::float`.as('late'),
      sql<number>`count(*)::float`.as('all'),
    ])
    .executeTakeFirstOrThrow();
  return r.late / Math.max(1, r.all);
}

describe('demo council', () => {
  const stores: Store[] = [];
  beforeAll(async () => {
    for (const [seed, profile] of [
      [7, 'good-2019'],
      [7, 'good-2019'],
      [7, 'inadequate-2017'],
    ] as const) {
      const s = await openTestStore();
      await generateDemo(s.db, { children: 400, seed, profile, asAt: AS_AT });
      stores.push(s);
    }
  });
  afterAll(async () => {
    for (const s of stores) await s.close();
  });

  it('is the same council for the same seed and date', async () => {
    const [a, b] = [await fingerprint(stores[0]!), await fingerprint(stores[1]!)];
    expect(a?.children).toBe(400);
    expect(a).toEqual(b);
  });

  it('has every kind of journey', async () => {
    const s = stores[0]!;
    for (const table of [
      'contact',
      'referral',
      'assessment',
      'section47',
      'cp_plan',
      'care_episode',
      'cla_review',
      'visit',
      'health_assessment',
      'allocation',
    ] as const) {
      const n = await s.db
        .selectFrom(table)
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow();
      expect(n.n, table).toBeGreaterThan(0);
    }
  });

  it('an inadequate council does more of its statutory work late than a good one', async () => {
    const good = stores[0]!;
    const bad = stores[2]!;
    for (const kinds of [['assessment-45wd'], ['iha-20wd'], ['contact-decision-1wd']]) {
      expect(await overdueShare(bad, kinds), kinds[0]).toBeGreaterThan(await overdueShare(good, kinds));
    }
  });

  it('refuses to write a demo into a database that already has children', async () => {
    await expect(
      generateDemo(stores[0]!.db, { children: 1, seed: 1, profile: 'good-2019', asAt: AS_AT }),
    ).rejects.toThrow(/already holds children/);
  });
});
