import { describe, expect, it } from 'vitest';
import { clock } from './immunisations-annual.ts';
import { brief, episode, immunisation, recordWith, run } from './testing.ts';

describe('immunisations-annual (row 19)', () => {
  it('asks for an up-to-date status each year to 31 March once the child was in care all year', () => {
    const r = recordWith({
      careEpisodes: [episode('2022-03-15')],
      immunisations: [immunisation('2023-02-10'), immunisation('2023-05-01', false)],
    });
    expect(brief(run(clock, r, '2023-06-01'))).toEqual([
      ['2023-03-31', '2023-02-10', 'met_in_time'],
      ['2024-03-31', null, 'due'], // a 'not up to date' status does not meet it
    ]);
  });

  it('leaves out a year the child was not in care from its first day (1 April)', () => {
    const r = recordWith({ careEpisodes: [episode('2022-04-02')] });
    expect(run(clock, r, '2023-06-01').map((o) => o.due)).toEqual(['2024-03-31']);
  });

  it.each([
    ['2024-03-31', null, 'due'],
    ['2024-04-01', null, 'overdue'],
    ['2024-05-01', '2024-04-15', 'met_late'],
  ])('as at %s, up to date on %s: %s', (asAt, when, state) => {
    const r = recordWith({
      careEpisodes: [episode('2023-04-01')],
      immunisations: when ? [immunisation(when)] : [],
    });
    expect(run(clock, r, asAt)[0]).toMatchObject({ due: '2024-03-31', state });
  });

  it('is not applicable when the child leaves care before 31 March', () => {
    const r = recordWith({ careEpisodes: [episode('2022-03-15', '2024-03-31')] });
    expect(brief(run(clock, r, '2024-06-01'))).toEqual([
      ['2023-03-31', null, 'overdue'],
      ['2024-03-31', null, 'not_applicable'],
    ]);
  });
});
