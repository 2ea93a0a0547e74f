import { describe, expect, it } from 'vitest';
import { clock } from './cla-review-first-20wd.ts';
import { brief, claReview, episode, recordWith, run, single } from './testing.ts';

describe('cla-review-first-20wd (row 10)', () => {
  it.each([
    ['2024-02-01', '2024-02-29', 'ending on the leap day'],
    ['2022-12-09', '2023-01-11', 'across Christmas 2022 (26, 27 Dec) and New Year (2 Jan 2023)'],
    ['2026-03-20', '2026-04-21', 'across Good Friday and Easter Monday 2026'],
    ['2022-05-20', '2022-06-21', 'across the 2 and 3 June 2022 holidays'],
    [
      '2024-03-02',
      '2024-04-02',
      'from a Saturday: counting starts on Monday (and skips Easter Monday 1 Apr)',
    ],
  ])('looked after from %s: first review by %s (%s)', (start, due) => {
    expect(single(clock, recordWith({ careEpisodes: [episode(start)] }), '2026-12-31').due).toBe(due);
  });

  it.each([
    ['2024-02-28', null, 'due'],
    ['2024-02-29', null, 'due'],
    ['2024-03-01', null, 'overdue'],
    ['2024-03-01', '2024-02-29', 'met_in_time'],
    ['2024-03-01', '2024-03-01', 'met_late'],
  ])('as at %s, reviewed %s: %s', (asAt, reviewed, state) => {
    const r = recordWith({
      careEpisodes: [episode('2024-02-01')],
      claReviews: reviewed ? [claReview(reviewed)] : [],
    });
    expect(single(clock, r, asAt).state).toBe(state);
  });

  it('is not restarted by a change of placement or of legal status within the period', () => {
    const r = recordWith({
      careEpisodes: [
        episode('2024-02-01', '2024-02-10', { reasonEnded: 'X1' }),
        episode('2024-02-10', '2024-02-20', { reasonNewEpisode: 'P', reasonEnded: 'X1' }),
        episode('2024-02-20', null, { reasonNewEpisode: 'L', legalStatus: 'C1' }),
      ],
    });
    expect(brief(run(clock, r, '2024-03-10'))).toEqual([['2024-02-29', null, 'overdue']]);
  });

  it('is restarted by a new period of care after a gap', () => {
    const r = recordWith({
      careEpisodes: [episode('2024-02-01', '2024-06-01'), episode('2024-09-02')],
      claReviews: [claReview('2024-02-26')],
    });
    expect(brief(run(clock, r, '2024-10-01'))).toEqual([
      ['2024-02-29', '2024-02-26', 'met_in_time'],
      ['2024-09-30', null, 'overdue'],
    ]);
  });

  it.each([
    ['the child left care before it fell due', [episode('2024-02-01', '2024-02-15')], {}],
    ['the child died before it fell due', [episode('2024-02-01')], { dateOfDeath: '2024-02-15' }],
    [
      'the period is a series of short breaks (flag)',
      [episode('2024-02-01', '2024-02-04', { shortBreak: true })],
      {},
    ],
    ['the period is a series of short breaks (V3)', [episode('2024-02-01', null, { legalStatus: 'V3' })], {}],
  ])('is not applicable when %s', (_, careEpisodes, who) => {
    const o = single(clock, recordWith({ person: who, careEpisodes }), '2024-06-01');
    expect(o.state).toBe('not_applicable');
  });

  it('does not count a review on the day care began, nor one from an earlier period', () => {
    const r = recordWith({
      careEpisodes: [episode('2024-01-02', '2024-01-20'), episode('2024-02-01')],
      claReviews: [claReview('2024-01-19'), claReview('2024-02-01')],
    });
    expect(brief(run(clock, r, '2024-02-10'))).toEqual([
      ['2024-01-30', '2024-01-19', 'met_in_time'],
      ['2024-02-29', null, 'due'],
    ]);
  });

  it('is not produced before the child is looked after', () => {
    expect(run(clock, recordWith({ careEpisodes: [episode('2024-02-01')] }), '2024-01-31')).toEqual([]);
  });
});
