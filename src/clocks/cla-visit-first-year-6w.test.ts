import { describe, expect, it } from 'vitest';
import { clock } from './cla-visit-first-year-6w.ts';
import { brief, episode, recordWith, run, visit } from './testing.ts';

describe('cla-visit-first-year-6w (row 14)', () => {
  it('runs 6 weeks from each visit in the first year of the placement', () => {
    const r = recordWith({
      careEpisodes: [episode('2024-01-04')],
      visits: [visit('cla', '2024-01-11'), visit('cla', '2024-02-22'), visit('cla', '2024-04-08')],
    });
    expect(brief(run(clock, r, '2024-06-30'))).toEqual([
      ['2024-02-22', '2024-02-22', 'met_in_time'],
      ['2024-04-04', '2024-04-08', 'met_late'],
      ['2024-05-20', null, 'overdue'], // one overdue visit, not one for every six weeks since
    ]);
  });

  it.each([
    ['2024-05-20', 'due'],
    ['2024-05-21', 'overdue'],
  ])('the day of and after the deadline: as at %s it is %s', (asAt, state) => {
    const r = recordWith({
      careEpisodes: [episode('2024-01-04')],
      visits: [visit('cla', '2024-01-04'), visit('cla', '2024-04-08')],
    });
    expect(run(clock, r, asAt).at(-1)).toMatchObject({ due: '2024-05-20', state });
  });

  it('keeps 6 weeks after a visit late in the first year, even if the next one falls after it', () => {
    const r = recordWith({
      careEpisodes: [episode('2022-01-10', null, { longTermFoster: true })],
      visits: [visit('cla', '2022-01-12'), visit('cla', '2022-02-20'), visit('cla', '2022-12-20')],
    });
    expect(run(clock, r, '2023-01-10').at(-1)).toMatchObject({ start: '2022-12-20', due: '2023-01-31' });
  });

  it('is not applicable when the placement changes before the visit falls due', () => {
    const r = recordWith({
      careEpisodes: [
        episode('2024-01-31', '2024-03-01', { reasonEnded: 'X1' }),
        episode('2024-03-01', null, { reasonNewEpisode: 'P' }),
      ],
      visits: [visit('cla', '2024-02-07')],
    });
    expect(brief(run(clock, r, '2024-06-01'))).toEqual([['2024-03-20', null, 'not_applicable']]);
  });
});
