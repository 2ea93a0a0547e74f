import { describe, expect, it } from 'vitest';
import { clock } from './rha.ts';
import { brief, episode, health, recordWith, run } from './testing.ts';

describe('rha (row 17)', () => {
  const base = { person: { dateOfBirth: '2021-06-15' }, careEpisodes: [episode('2023-06-01')] };

  it('is 6-monthly under 5 and switches to 12-monthly at the first assessment after the 5th birthday', () => {
    const r = recordWith({
      ...base,
      healthAssessments: [
        health('initial', '2024-01-10'),
        health('review', '2024-07-01'),
        health('review', '2025-01-05'),
        health('review', '2026-06-10'), // aged 4: the next is still 6 months away
        health('review', '2026-12-01'), // aged 5: from now, 12 months
      ],
    });
    expect(brief(run(clock, r, '2027-01-01'))).toEqual([
      ['2024-07-10', '2024-07-01', 'met_in_time'],
      ['2025-01-01', '2025-01-05', 'met_late'],
      ['2025-07-05', '2026-06-10', 'met_late'],
      ['2026-12-10', '2026-12-01', 'met_in_time'],
      ['2027-12-01', null, 'due'],
    ]);
  });

  it.each([
    ['2024-07-10', 'due'],
    ['2024-07-11', 'overdue'],
  ])('as at %s it is %s', (asAt, state) => {
    const r = recordWith({ ...base, healthAssessments: [health('initial', '2024-01-10')] });
    expect(run(clock, r, asAt).map((o) => o.state)).toEqual([state]);
  });

  it('starts only from a health assessment done (the IHA clock covers the wait for it)', () => {
    const r = recordWith({ ...base, healthAssessments: [health('initial', null, '2023-06-05')] });
    expect(run(clock, r, '2025-01-01')).toEqual([]);
  });

  it('is not applicable when care ends before it falls due', () => {
    const r = recordWith({
      person: { dateOfBirth: '2015-03-01' },
      careEpisodes: [episode('2023-06-01', '2024-03-01')],
      healthAssessments: [health('initial', '2023-06-20')],
    });
    expect(brief(run(clock, r, '2025-01-01'))).toEqual([['2024-06-20', null, 'not_applicable']]);
  });

  it('does not fire for short breaks', () => {
    const r = recordWith({
      careEpisodes: [episode('2023-06-01', null, { legalStatus: 'V4' })],
      healthAssessments: [health('initial', '2023-06-20')],
    });
    expect(run(clock, r, '2025-01-01')).toEqual([]);
  });
});
