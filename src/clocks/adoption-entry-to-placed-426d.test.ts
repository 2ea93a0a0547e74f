import { describe, expect, it } from 'vitest';
import { clock } from './adoption-entry-to-placed-426d.ts';
import { adoption, episode, recordWith, run, single } from './testing.ts';

describe('adoption-entry-to-placed-426d (row 28)', () => {
  const care = [episode('2020-01-05', '2020-03-01'), episode('2023-01-10')];

  it.each([
    ['2024-03-10', 'met_in_time'],
    ['2024-03-11', 'met_in_time'],
    ['2024-03-12', 'met_late'],
  ])(
    'placed on %s: %s (426 days from entering care on 10 Jan 2023, across 29 Feb 2024)',
    (placedDate, state) => {
      const r = recordWith({ careEpisodes: care, adoptions: [adoption('2023-05-01', { placedDate })] });
      expect(single(clock, r, '2024-12-31')).toMatchObject({ start: '2023-01-10', due: '2024-03-11', state });
    },
  );

  it.each([
    ['2024-03-11', 'due'],
    ['2024-03-12', 'overdue'],
  ])('not placed, as at %s: %s', (asAt, state) => {
    const r = recordWith({ careEpisodes: care, adoptions: [adoption('2023-05-01')] });
    expect(single(clock, r, asAt).state).toBe(state);
  });

  it.each([
    [
      'the adoption plan stopped (RD2)',
      { placedCeasedDate: '2023-09-01', placedCeasedReason: 'RD2' as const },
    ],
    [
      'the court refused the placement order (RD3)',
      { placedCeasedDate: '2023-09-01', placedCeasedReason: 'RD3' as const },
    ],
  ])('is not applicable when %s before the threshold', (_, over) => {
    const r = recordWith({ careEpisodes: care, adoptions: [adoption('2023-05-01', over)] });
    expect(single(clock, r, '2024-12-31').state).toBe('not_applicable');
  });

  it('is not produced before the adoption decision', () => {
    expect(
      run(clock, recordWith({ careEpisodes: care, adoptions: [adoption('2023-05-01')] }), '2023-04-30'),
    ).toEqual([]);
  });
});
