import { describe, expect, it } from 'vitest';
import { clock } from './cp-visit.ts';
import { brief, cpPlan, recordWith, run, visit } from './testing.ts';

describe('cp-visit (row 8, local)', () => {
  it('runs 10 working days (default) from the plan start, then from each visit seeing the child', () => {
    const r = recordWith({
      cpPlans: [cpPlan('2026-03-27')],
      visits: [
        visit('cp', '2026-04-08', { seen: false }), // not seen: does not count
        visit('cla', '2026-04-09'), // another kind of visit: does not count
        visit('cp', '2026-04-14'),
        visit('cp', '2026-04-30'),
      ],
    });
    expect(brief(run(clock, r, '2026-06-01'))).toEqual([
      ['2026-04-14', '2026-04-14', 'met_in_time'], // Easter 2026 skipped
      ['2026-04-28', '2026-04-30', 'met_late'],
      ['2026-05-15', null, 'overdue'], // 4 May 2026 is the early May bank holiday
    ]);
  });

  it.each([
    [15, '2026-04-21'],
    [20, '2026-04-28'],
  ])('uses the council interval (%s working days)', (n, due) => {
    const r = recordWith({ cpPlans: [cpPlan('2026-03-27')] });
    expect(brief(run(clock, r, '2026-04-01', { cpVisitWorkingDays: n }))).toEqual([[due, null, 'due']]);
  });

  it('is not applicable when the plan ended before the visit fell due', () => {
    const r = recordWith({ cpPlans: [cpPlan('2026-03-27', '2026-04-10')] });
    expect(brief(run(clock, r, '2026-06-01'))).toEqual([['2026-04-14', null, 'not_applicable']]);
  });
});
