import { describe, expect, it } from 'vitest';
import { clock } from './personal-adviser-16y3m.ts';
import { allocation, episode, recordWith, run, single } from './testing.ts';

describe('personal-adviser-16y3m (row 25)', () => {
  const inCare = { person: { dateOfBirth: '2010-01-15' }, careEpisodes: [episode('2025-06-01')] };

  it.each([
    ['2026-04-15', [], 'due'],
    ['2026-04-16', [], 'overdue'],
    ['2026-04-16', [allocation('social_worker', '2025-06-01')], 'overdue'],
    ['2026-04-16', [allocation('personal_adviser', '2026-04-15')], 'met_in_time'],
    ['2026-05-01', [allocation('personal_adviser', '2026-04-16')], 'met_late'],
    ['2026-05-01', [allocation('personal_adviser', '2025-12-01', '2026-02-01')], 'met_in_time'],
  ])('as at %s: %s', (asAt, allocations, state) => {
    expect(single(clock, recordWith({ ...inCare, allocations }), asAt)).toMatchObject({
      due: '2026-04-15',
      state,
    });
  });

  it('does not apply to a child who was never eligible, and is not applicable after death', () => {
    expect(run(clock, recordWith({ person: { dateOfBirth: '2010-01-15' } }), '2026-12-31')).toEqual([]);
    const died = recordWith({ ...inCare, person: { dateOfBirth: '2010-01-15', dateOfDeath: '2026-02-01' } });
    expect(single(clock, died, '2026-12-31').state).toBe('not_applicable');
  });
});
