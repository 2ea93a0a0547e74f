import { describe, expect, it } from 'vitest';
import { clock as fromReferral } from './assessment-45wd.ts';
import { clock } from './assessment-45wd-dfe.ts';
import { assessment, recordWith, referral, run, single } from './testing.ts';

describe('assessment-45wd-dfe (row 3, DfE: assessment start to authorisation)', () => {
  it('counts from the assessment start, while the worker-facing clock counts from the referral', () => {
    const r = recordWith({
      referrals: [referral('2026-02-20')],
      assessments: [assessment('2026-03-02', '2026-05-05')],
    });
    expect(single(clock, r, '2026-12-31')).toMatchObject({
      start: '2026-03-02',
      due: '2026-05-07',
      state: 'met_in_time',
    });
    expect(single(fromReferral, r, '2026-12-31')).toMatchObject({
      start: '2026-02-20',
      due: '2026-04-28',
      state: 'met_late',
    });
    expect(single(clock, r, '2026-12-31').label).toMatch(/DfE measure/);
    expect(single(fromReferral, r, '2026-12-31').label).toMatch(/shown to workers/);
  });

  it.each([
    ['2026-05-06', null, 'due'],
    ['2026-05-07', null, 'due'],
    ['2026-05-08', null, 'overdue'],
    ['2026-05-08', '2026-05-07', 'met_in_time'],
    ['2026-05-08', '2026-05-08', 'met_late'],
  ])('as at %s, authorised %s: %s', (asAt, authorised, state) => {
    const r = recordWith({
      referrals: [referral('2026-03-01')],
      assessments: [assessment('2026-03-02', authorised)],
    });
    expect(single(clock, r, asAt).state).toBe(state);
  });

  it('times every assessment, including a re-assessment on the same referral', () => {
    const r = recordWith({
      referrals: [referral('2024-01-02')],
      assessments: [assessment('2024-01-02', '2024-02-01'), assessment('2024-02-29', null)],
    });
    expect(run(clock, r, '2024-06-30').map((o) => [o.start, o.due, o.state])).toEqual([
      ['2024-01-02', '2024-03-05', 'met_in_time'],
      ['2024-02-29', '2024-05-07', 'overdue'], // Good Friday, Easter Monday and 6 May skipped
    ]);
  });

  it('is not applicable when the referral closed before the deadline', () => {
    const r = recordWith({
      referrals: [referral('2026-03-01', { closureDate: '2026-04-01' })],
      assessments: [assessment('2026-03-02', null)],
    });
    expect(single(clock, r, '2026-12-31').state).toBe('not_applicable');
  });
});
