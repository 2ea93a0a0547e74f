import { describe, expect, it } from 'vitest';
import { clock } from './pathway-plan-16y3m.ts';
import { episode, pathway, recordWith, run, single } from './testing.ts';

describe('pathway-plan-16y3m (row 23)', () => {
  const inCare = { person: { dateOfBirth: '2010-01-15' }, careEpisodes: [episode('2025-06-01')] };

  it.each([
    ['2026-04-15', [], 'due'],
    ['2026-04-16', [], 'overdue'],
    ['2026-04-16', [pathway('needs_assessment', '2026-03-01')], 'overdue'], // the assessment is not the plan
    ['2026-04-16', [pathway('plan', '2026-04-15')], 'met_in_time'],
    ['2026-05-01', [pathway('plan', '2026-04-20')], 'met_late'],
  ])('as at %s: %s', (asAt, pathwayPlans, state) => {
    expect(single(clock, recordWith({ ...inCare, pathwayPlans }), asAt)).toMatchObject({
      due: '2026-04-15',
      state,
    });
  });

  it('does not apply to a child who was never eligible (short breaks only)', () => {
    const r = recordWith({
      person: { dateOfBirth: '2010-01-15' },
      careEpisodes: [episode('2025-06-01', null, { shortBreak: true })],
    });
    expect(run(clock, r, '2026-12-31')).toEqual([]);
  });
});
