import { describe, expect, it } from 'vitest';
import { clock } from './sdq-12m.ts';
import { brief, episode, recordWith, run, sdq } from './testing.ts';

describe('sdq-12m (row 20)', () => {
  it('starts at the 4th birthday for a child already in care (a leap-day birthday here)', () => {
    const r = recordWith({ person: { dateOfBirth: '2020-02-29' }, careEpisodes: [episode('2023-06-01')] });
    expect(run(clock, r, '2024-02-28')).toEqual([]);
    expect(run(clock, r, '2024-03-01').map((o) => [o.start, o.due])).toEqual([['2024-02-29', '2025-02-28']]);
  });

  it('runs 12 months from each SDQ (a reason code counts) and stops at the 17th birthday', () => {
    const r = recordWith({
      person: { dateOfBirth: '2008-05-01' },
      careEpisodes: [episode('2023-01-01')],
      sdqs: [sdq('2024-01-01'), sdq('2025-01-02', null)],
    });
    expect(brief(run(clock, r, '2026-03-01'))).toEqual([
      ['2024-01-01', '2024-01-01', 'met_in_time'],
      ['2025-01-01', '2025-01-02', 'met_late'],
      ['2026-01-02', null, 'not_applicable'], // 17 on 1 May 2025
    ]);
  });

  it.each([
    ['2024-01-01', 'due'],
    ['2024-01-02', 'overdue'],
  ])('as at %s it is %s', (asAt, state) => {
    const r = recordWith({ person: { dateOfBirth: '2012-06-15' }, careEpisodes: [episode('2023-01-01')] });
    expect(run(clock, r, asAt).map((o) => o.state)).toEqual([state]);
  });

  it('does not apply to a child who enters care at 17, nor to short breaks', () => {
    const old = recordWith({ person: { dateOfBirth: '2006-01-01' }, careEpisodes: [episode('2023-03-01')] });
    expect(run(clock, old, '2024-06-01')).toEqual([]);
    const respite = recordWith({ careEpisodes: [episode('2023-01-01', null, { shortBreak: true })] });
    expect(run(clock, respite, '2024-06-01')).toEqual([]);
  });
});
