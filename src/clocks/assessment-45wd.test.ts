import { describe, expect, it } from 'vitest';
import { clock } from './assessment-45wd.ts';
import { assessment, recordWith, referral, run, single } from './testing.ts';

describe('assessment-45wd (row 3, Working Together: referral to authorisation)', () => {
  it.each([
    ['2026-03-02', '2026-05-07', 'across Easter 2026 (Good Friday 3 Apr, Easter Monday 6 Apr)'],
    ['2022-11-10', '2023-01-17', 'across Christmas 2022 and its substitute days (27 Dec, 2 Jan)'],
    ['2022-04-25', '2022-06-30', 'across the moved spring holiday and the Platinum Jubilee, 2-3 June 2022'],
    ['2022-08-01', '2022-10-05', "across the Queen's state funeral, 19 September 2022"],
    ['2023-03-27', '2023-06-05', 'across Easter, 1 May, the Coronation (8 May) and 29 May 2023'],
    ['2024-01-01', '2024-03-04', 'across 29 February 2024'],
  ])('a referral on %s is due by %s (%s)', (referralDate, due) => {
    const o = single(clock, recordWith({ referrals: [referral(referralDate)] }), '2026-12-31');
    expect([o.start, o.due]).toEqual([referralDate, due]);
  });

  it.each([
    ['2026-05-06', '2026-05-06', 'met_in_time'],
    ['2026-05-07', '2026-05-07', 'met_in_time'],
    ['2026-05-08', '2026-05-08', 'met_late'],
    ['2026-05-06', null, 'due'],
    ['2026-05-07', null, 'due'],
    ['2026-05-08', null, 'overdue'],
  ])('as at %s, authorised %s: %s', (asAt, authorised, state) => {
    const r = recordWith({
      referrals: [referral('2026-03-02')],
      assessments: [assessment('2026-03-05', authorised)],
    });
    expect(single(clock, r, asAt).state).toBe(state);
  });

  it('is timed by the first assessment on the referral, not a later re-assessment', () => {
    const r = recordWith({
      referrals: [referral('2026-03-02')],
      assessments: [assessment('2026-06-01', '2026-06-10'), assessment('2026-03-03', '2026-05-20')],
    });
    expect(single(clock, r, '2026-12-31')).toMatchObject({ done: '2026-05-20', state: 'met_late' });
  });

  it.each([
    ['a referral that was no further action', { referralNfa: true }, {}],
    ['a referral closed before the deadline with no assessment', { closureDate: '2026-03-20' }, {}],
    ['a child who died before the deadline', {}, { dateOfDeath: '2026-03-20' }],
  ])('is not applicable for %s', (_, over, personOver) => {
    const r = recordWith({ person: personOver, referrals: [referral('2026-03-02', over)] });
    expect(single(clock, r, '2026-12-31').state).toBe('not_applicable');
  });

  it('is not produced for a referral after asAt', () => {
    expect(run(clock, recordWith({ referrals: [referral('2026-03-02')] }), '2026-03-01')).toEqual([]);
  });
});
