import { describe, expect, it } from 'vitest';
import { clock } from './pathway-plan-review-6m.ts';
import { brief, pathway, recordWith, run } from './testing.ts';

describe('pathway-plan-review-6m (row 24)', () => {
  it('runs 6 months from the first plan, then from each review', () => {
    const r = recordWith({
      person: { dateOfBirth: '2010-01-15' },
      pathwayPlans: [
        pathway('needs_assessment', '2026-02-01'),
        pathway('plan', '2026-03-01'),
        pathway('review', '2026-08-31'),
      ],
    });
    expect(brief(run(clock, r, '2027-03-01'))).toEqual([
      ['2026-09-01', '2026-08-31', 'met_in_time'],
      ['2027-02-28', null, 'overdue'], // 31 Aug + 6 months = 28 Feb
    ]);
  });

  it.each([
    ['2026-09-01', 'due'],
    ['2026-09-02', 'overdue'],
  ])('as at %s it is %s', (asAt, state) => {
    const r = recordWith({
      person: { dateOfBirth: '2010-01-15' },
      pathwayPlans: [pathway('plan', '2026-03-01')],
    });
    expect(run(clock, r, asAt).map((o) => o.state)).toEqual([state]);
  });

  it('ends at the 21st birthday, and waits for a first plan', () => {
    const r = recordWith({
      person: { dateOfBirth: '2006-01-15' },
      pathwayPlans: [pathway('plan', '2026-03-01'), pathway('review', '2026-08-31')],
    });
    expect(brief(run(clock, r, '2027-06-01'))).toEqual([
      ['2026-09-01', '2026-08-31', 'met_in_time'],
      ['2027-02-28', null, 'not_applicable'],
    ]);
    expect(
      run(clock, recordWith({ pathwayPlans: [pathway('needs_assessment', '2026-02-01')] }), '2027-01-01'),
    ).toEqual([]);
  });
});
