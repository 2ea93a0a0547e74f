import { describe, expect, it } from 'vitest';
import { clock } from './adoption-order-to-match-121d.ts';
import { adoption, episode, recordWith, run, single } from './testing.ts';

describe('adoption-order-to-match-121d (row 29)', () => {
  const care = [episode('2023-01-10')];

  it.each([
    ['2024-02-29', 'met_in_time'],
    ['2024-03-01', 'met_in_time'],
    ['2024-03-02', 'met_late'],
  ])(
    'matched on %s: %s (121 days from a placement order on 1 Nov 2023, across the leap day)',
    (matchDate, state) => {
      const r = recordWith({
        careEpisodes: care,
        adoptions: [adoption('2023-05-01', { placementOrderDate: '2023-11-01', matchDate })],
      });
      expect(single(clock, r, '2024-12-31')).toMatchObject({ start: '2023-11-01', due: '2024-03-01', state });
    },
  );

  it.each([
    ['2024-03-01', 'due'],
    ['2024-03-02', 'overdue'],
  ])('not matched, as at %s: %s', (asAt, state) => {
    const r = recordWith({
      careEpisodes: care,
      adoptions: [adoption('2023-05-01', { placementOrderDate: '2023-11-01' })],
    });
    expect(single(clock, r, asAt).state).toBe(state);
  });

  it('waits for the placement order, and is not applicable when the plan stops first', () => {
    expect(
      run(clock, recordWith({ careEpisodes: care, adoptions: [adoption('2023-05-01')] }), '2024-12-31'),
    ).toEqual([]);
    const stopped = recordWith({
      careEpisodes: care,
      adoptions: [
        adoption('2023-05-01', {
          placementOrderDate: '2023-11-01',
          placedCeasedDate: '2024-01-15',
          placedCeasedReason: 'RD4',
        }),
      ],
    });
    expect(single(clock, stopped, '2024-12-31').state).toBe('not_applicable');
  });
});
