import { describe, expect, it } from 'vitest';
import { clock } from './cin-visit.ts';
import { brief, cinPlan, recordWith, run, visit } from './testing.ts';

describe('cin-visit (row 9, local)', () => {
  it('runs 42 days (default) from the plan start, then from each visit where the child was seen', () => {
    const r = recordWith({
      cinPlans: [cinPlan('2024-01-18')],
      visits: [
        visit('cin', '2024-02-29'),
        visit('cin', '2024-04-01', { seen: false }),
        visit('cin', '2024-04-12'),
      ],
    });
    expect(brief(run(clock, r, '2024-07-01'))).toEqual([
      ['2024-02-29', '2024-02-29', 'met_in_time'],
      ['2024-04-11', '2024-04-12', 'met_late'],
      ['2024-05-24', null, 'overdue'],
    ]);
  });

  it('uses the council interval', () => {
    const r = recordWith({ cinPlans: [cinPlan('2024-01-18')] });
    expect(brief(run(clock, r, '2024-01-20', { cinVisitDays: 28 }))).toEqual([['2024-02-15', null, 'due']]);
  });

  it('is not applicable when the plan ended first', () => {
    const r = recordWith({ cinPlans: [cinPlan('2024-01-18', '2024-02-01')] });
    expect(brief(run(clock, r, '2024-07-01'))).toEqual([['2024-02-29', null, 'not_applicable']]);
  });
});
