import { describe, expect, it } from 'vitest';
import { clock } from './dental-12m.ts';
import { brief, dental, episode, recordWith, run } from './testing.ts';

describe('dental-12m (row 18)', () => {
  it('is due 12 months after entering care, then 12 months after each check', () => {
    const r = recordWith({
      careEpisodes: [episode('2023-01-31')],
      dentalChecks: [dental('2022-12-01'), dental('2024-02-29'), dental('2025-02-28')],
    });
    expect(brief(run(clock, r, '2026-03-01'))).toEqual([
      ['2024-01-31', '2024-02-29', 'met_late'], // a check before care began does not count
      ['2025-02-28', '2025-02-28', 'met_in_time'], // 29 Feb + 12 months = 28 Feb
      ['2026-02-28', null, 'overdue'],
    ]);
  });

  it.each([
    ['2024-01-30', 'due'],
    ['2024-01-31', 'due'],
    ['2024-02-01', 'overdue'],
  ])('as at %s it is %s', (asAt, state) => {
    expect(
      run(clock, recordWith({ careEpisodes: [episode('2023-01-31')] }), asAt).map((o) => o.state),
    ).toEqual([state]);
  });

  it('is not applicable when care ends first, and does not fire for short breaks', () => {
    const left = recordWith({ careEpisodes: [episode('2023-01-31', '2023-09-01')] });
    expect(brief(run(clock, left, '2025-01-01'))).toEqual([['2024-01-31', null, 'not_applicable']]);
    const respite = recordWith({ careEpisodes: [episode('2023-01-31', null, { shortBreak: true })] });
    expect(run(clock, respite, '2025-01-01')).toEqual([]);
  });
});
