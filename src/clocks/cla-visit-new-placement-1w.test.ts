import { describe, expect, it } from 'vitest';
import { clock } from './cla-visit-new-placement-1w.ts';
import { brief, episode, recordWith, run, single, visit } from './testing.ts';

describe('cla-visit-new-placement-1w (row 13)', () => {
  it.each([
    ['2024-02-22', '2024-02-29', 'a week, to the leap day'],
    ['2026-03-30', '2026-04-06', 'calendar days: due on Easter Monday all the same'],
    ['2023-12-28', '2024-01-04', 'across the year end'],
  ])('a placement from %s: visit by %s (%s)', (start, due) => {
    expect(single(clock, recordWith({ careEpisodes: [episode(start)] }), '2026-12-31').due).toBe(due);
  });

  it.each([
    ['2024-02-28', null, 'due'],
    ['2024-02-29', null, 'due'],
    ['2024-03-01', null, 'overdue'],
    ['2024-03-01', '2024-02-22', 'met_in_time'], // a visit on the day of placement counts
    ['2024-03-01', '2024-02-29', 'met_in_time'],
    ['2024-03-01', '2024-03-01', 'met_late'],
  ])('as at %s, visited %s: %s', (asAt, visited, state) => {
    const r = recordWith({
      careEpisodes: [episode('2024-02-22')],
      visits: visited ? [visit('cla', visited)] : [],
    });
    expect(single(clock, r, asAt).state).toBe(state);
  });

  it('restarts on every placement change, but not on a change of legal status alone', () => {
    const r = recordWith({
      careEpisodes: [
        episode('2024-01-10', '2024-02-01', { reasonEnded: 'X1' }),
        episode('2024-02-01', '2024-03-01', { reasonNewEpisode: 'L', legalStatus: 'C1', reasonEnded: 'X1' }),
        episode('2024-03-01', '2024-04-01', { reasonNewEpisode: 'P', legalStatus: 'C1', reasonEnded: 'X1' }),
        episode('2024-04-01', null, { reasonNewEpisode: 'T', legalStatus: 'C1' }),
      ],
      visits: [visit('cla', '2024-01-12'), visit('cla', '2024-03-05')],
    });
    expect(brief(run(clock, r, '2024-06-01'))).toEqual([
      ['2024-01-17', '2024-01-12', 'met_in_time'],
      ['2024-03-08', '2024-03-05', 'met_in_time'],
      ['2024-04-08', null, 'overdue'],
    ]);
  });

  it('does not count a visit where the child was not seen, or a visit of another kind', () => {
    const r = recordWith({
      careEpisodes: [episode('2024-02-22')],
      visits: [visit('cla', '2024-02-23', { seen: false }), visit('cp', '2024-02-24')],
    });
    expect(single(clock, r, '2024-03-01')).toMatchObject({ done: null, state: 'overdue' });
  });

  it.each([
    ['a short break (flag)', { shortBreak: true }],
    ['a short break (V4)', { legalStatus: 'V4' as const }],
  ])('is not applicable to %s (reg 48: visits as agreed with the IRO)', (_, over) => {
    const r = recordWith({ careEpisodes: [episode('2024-02-22', '2024-02-25', over)] });
    const o = single(clock, r, '2024-06-01');
    expect(o.state).toBe('not_applicable');
    expect(o.label).toMatch(/short breaks/);
  });

  it('is not applicable when the child left care or died within the week', () => {
    expect(
      single(clock, recordWith({ careEpisodes: [episode('2024-02-22', '2024-02-25')] }), '2024-06-01').state,
    ).toBe('not_applicable');
    const died = recordWith({ person: { dateOfDeath: '2024-02-25' }, careEpisodes: [episode('2024-02-22')] });
    expect(single(clock, died, '2024-06-01').state).toBe('not_applicable');
  });
});
