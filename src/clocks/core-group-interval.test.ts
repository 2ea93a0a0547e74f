import { describe, expect, it } from 'vitest';
import { clock } from './core-group-interval.ts';
import { brief, coreGroup, cpPlan, recordWith, run } from './testing.ts';

describe('core-group-interval (row 7a, local)', () => {
  const r = recordWith({
    cpPlans: [cpPlan('2024-01-19')],
    coreGroups: [coreGroup('2024-02-01'), coreGroup('2024-02-29'), coreGroup('2024-04-01')],
  });

  it('runs the council interval (default 28 days) from each meeting held', () => {
    expect(brief(run(clock, r, '2024-06-01'))).toEqual([
      ['2024-02-29', '2024-02-29', 'met_in_time'],
      ['2024-03-28', '2024-04-01', 'met_late'],
      ['2024-04-29', null, 'overdue'],
    ]);
  });

  it('uses the council setting', () => {
    expect(brief(run(clock, r, '2024-06-01', { coreGroupDays: 42 }))).toEqual([
      ['2024-03-14', '2024-02-29', 'met_in_time'],
      ['2024-04-11', '2024-04-01', 'met_in_time'],
      ['2024-05-13', null, 'overdue'],
    ]);
  });

  it('is not applicable after the plan ends', () => {
    const ended = recordWith({
      cpPlans: [cpPlan('2024-01-19', '2024-02-20')],
      coreGroups: [coreGroup('2024-02-01')],
    });
    expect(brief(run(clock, ended, '2024-06-01'))).toEqual([['2024-02-29', null, 'not_applicable']]);
  });
});
