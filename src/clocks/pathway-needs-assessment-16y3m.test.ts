import { describe, expect, it } from 'vitest';
import { clock } from './pathway-needs-assessment-16y3m.ts';
import { episode, pathway, recordWith, run, single } from './testing.ts';

describe('pathway-needs-assessment-16y3m (row 23)', () => {
  const dob = '2010-01-15'; // 16 on 2026-01-15
  const inCare = { person: { dateOfBirth: dob }, careEpisodes: [episode('2025-06-01')] };

  it.each([
    ['2007-11-30', '2023-11-30', '2024-02-29', '16 on 30 Nov 2023: 16y3m is clamped to the leap day'],
    ['2008-11-30', '2024-11-30', '2025-02-28', 'and to 28 Feb in a common year'],
    ['2010-01-15', '2026-01-15', '2026-04-15', 'in care since 15: eligible on the 16th birthday'],
  ])('born %s, eligible %s: due %s (%s)', (dateOfBirth, start, due) => {
    const r = recordWith({ person: { dateOfBirth }, careEpisodes: [episode('2023-01-01')] });
    expect(single(clock, r, '2026-12-31')).toMatchObject({ start, due });
  });

  it('is due 3 months after eligibility for a child who becomes eligible after 16', () => {
    const r = recordWith({ person: { dateOfBirth: dob }, careEpisodes: [episode('2026-02-15')] });
    expect(run(clock, r, '2026-05-16')).toEqual([]); // not eligible yet: 13 weeks are not up
    expect(single(clock, r, '2026-05-17')).toMatchObject({ start: '2026-05-17', due: '2026-08-17' });
  });

  it.each([
    ['2026-04-15', null, 'due'],
    ['2026-04-16', null, 'overdue'],
    ['2026-04-16', 'needs_assessment:2026-04-15', 'met_in_time'],
    ['2026-04-16', 'needs_assessment:2026-04-16', 'met_late'],
    ['2026-04-16', 'plan:2026-03-01', 'met_in_time'],
    ['2026-04-16', 'review:2026-03-01', 'overdue'],
  ])('as at %s, with %s: %s', (asAt, fact, state) => {
    const [kind, date] = (fact ?? ':').split(':') as ['needs_assessment' | 'plan' | 'review', string];
    const r = recordWith({ ...inCare, pathwayPlans: fact ? [pathway(kind, date)] : [] });
    expect(single(clock, r, asAt).state).toBe(state);
  });

  it('does not apply to a child who was never eligible, and is not applicable after death', () => {
    const never = recordWith({
      person: { dateOfBirth: dob },
      careEpisodes: [episode('2024-06-01', '2025-12-01')],
    });
    expect(run(clock, never, '2026-12-31')).toEqual([]);
    const died = recordWith({ ...inCare, person: { dateOfBirth: dob, dateOfDeath: '2026-03-01' } });
    expect(single(clock, died, '2026-12-31').state).toBe('not_applicable');
  });
});
