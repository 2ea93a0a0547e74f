import { describe, expect, it } from 'vitest';
import { clock } from './cla-visit-after-first-year.ts';
import { brief, episode, recordWith, run, visit } from './testing.ts';

describe('cla-visit-after-first-year (row 15)', () => {
  const visits = [visit('cla', '2022-01-12'), visit('cla', '2022-12-20'), visit('cla', '2023-01-20')];

  it.each([
    [true, '2023-04-20', 'a long-term placement: 3 months'],
    [false, '2023-03-03', 'any other placement: 6 weeks'],
  ])('long-term %s: after a visit on 20 Jan 2023 the next is due %s (%s)', (longTermFoster, due) => {
    const r = recordWith({ careEpisodes: [episode('2022-01-10', null, { longTermFoster })], visits });
    expect(brief(run(clock, r, '2023-02-01'))).toEqual([[due, null, 'due']]);
  });

  it.each([
    ['2023-04-20', 'due'],
    ['2023-04-21', 'overdue'],
  ])('as at %s it is %s', (asAt, state) => {
    const r = recordWith({ careEpisodes: [episode('2022-01-10', null, { longTermFoster: true })], visits });
    expect(run(clock, r, asAt).map((o) => o.state)).toEqual([state]);
  });

  it('follows the long-term flag of the episode in force at the previous visit', () => {
    const r = recordWith({
      careEpisodes: [
        episode('2022-01-10', '2023-01-15', { reasonEnded: 'X1' }),
        // a change of legal status in the same placement, now planned to last until 18
        episode('2023-01-15', null, { reasonNewEpisode: 'L', legalStatus: 'C2', longTermFoster: true }),
      ],
      visits: [...visits, visit('cla', '2023-04-19')],
    });
    expect(brief(run(clock, r, '2023-06-01'))).toEqual([
      ['2023-04-20', '2023-04-19', 'met_in_time'],
      ['2023-07-19', null, 'due'],
    ]);
  });

  it('is not applicable when the child leaves care before the visit falls due', () => {
    const r = recordWith({ careEpisodes: [episode('2022-01-10', '2023-02-01')], visits });
    expect(brief(run(clock, r, '2023-06-01'))).toEqual([['2023-03-03', null, 'not_applicable']]);
  });
});
