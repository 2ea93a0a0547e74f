import { describe, expect, it } from 'vitest';
import { clock } from './core-group-first-10wd.ts';
import { coreGroup, cpPlan, recordWith, run, single } from './testing.ts';

describe('core-group-first-10wd (row 7)', () => {
  it.each([
    ['2026-03-20', '2026-04-07', 'across Good Friday and Easter Monday 2026'],
    ['2022-12-16', '2023-01-04', 'across Christmas 2022 and the 2 Jan 2023 substitute day'],
    ['2022-09-09', '2022-09-26', "across the Queen's state funeral"],
    ['2024-02-15', '2024-02-29', 'ending on the leap day'],
  ])('an ICPC on %s: first core group by %s (%s)', (start, due) => {
    expect(single(clock, recordWith({ cpPlans: [cpPlan(start)] }), '2026-12-31').due).toBe(due);
  });

  it.each([
    ['2026-04-06', null, 'due'],
    ['2026-04-07', null, 'due'],
    ['2026-04-08', null, 'overdue'],
    ['2026-04-08', '2026-04-07', 'met_in_time'],
    ['2026-04-08', '2026-04-08', 'met_late'],
    ['2026-04-08', '2026-03-20', 'met_in_time'],
  ])('as at %s, met %s: %s', (asAt, met, state) => {
    const r = recordWith({ cpPlans: [cpPlan('2026-03-20')], coreGroups: met ? [coreGroup(met)] : [] });
    expect(single(clock, r, asAt).state).toBe(state);
  });

  it('is not applicable when the plan ended first', () => {
    const r = recordWith({ cpPlans: [cpPlan('2026-03-20', '2026-04-01')] });
    expect(single(clock, r, '2026-12-31').state).toBe('not_applicable');
  });

  it('is not produced before the plan starts', () => {
    expect(run(clock, recordWith({ cpPlans: [cpPlan('2026-03-20')] }), '2026-03-19')).toEqual([]);
  });
});
