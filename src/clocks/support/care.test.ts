import { describe, expect, it } from 'vitest';
import { episode, recordWith } from '../testing.ts';
import { eligibleFrom, lookedAfterOn, periodsOfCare } from './care.ts';

describe('periods of care and placements', () => {
  const eps = [
    episode('2023-01-10', '2023-03-01', { reasonEnded: 'X1' }),
    // legal status change only: same period, same placement
    episode('2023-03-01', '2023-05-01', { reasonNewEpisode: 'L', legalStatus: 'C1', reasonEnded: 'X1' }),
    // placement change: same period, new placement
    episode('2023-05-01', '2023-08-01', { reasonNewEpisode: 'P', legalStatus: 'C1' }),
    // back after a gap: a new period
    episode('2023-09-15', null, { reasonNewEpisode: 'S' }),
  ];
  const record = recordWith({ careEpisodes: eps });

  it('starts a new period only after a gap, and a new placement on a placement change', () => {
    const periods = periodsOfCare(record, '2024-01-01');
    expect(periods.map((p) => [p.start, p.end, p.placements.map((pl) => [pl.start, pl.end])])).toEqual([
      [
        '2023-01-10',
        '2023-08-01',
        [
          ['2023-01-10', '2023-05-01'],
          ['2023-05-01', '2023-08-01'],
        ],
      ],
      ['2023-09-15', null, [['2023-09-15', null]]],
    ]);
  });

  it('treats an episode that ended care (not X1) as the end of the period even with no gap', () => {
    const r = recordWith({
      careEpisodes: [
        episode('2023-01-01', '2023-02-01'),
        episode('2023-02-01', null, { reasonNewEpisode: 'P' }),
      ],
    });
    expect(periodsOfCare(r, '2024-01-01').map((p) => p.start)).toEqual(['2023-01-01', '2023-02-01']);
  });

  it('ignores episodes that start after asAt', () => {
    expect(periodsOfCare(record, '2023-06-01')).toHaveLength(1);
  });

  it('marks short breaks (flag or V3/V4) and starts the standard clocks at full-time care', () => {
    const r = recordWith({
      careEpisodes: [
        episode('2023-01-01', '2023-01-04', { legalStatus: 'V3' }),
        episode('2023-02-01', '2023-02-03', { shortBreak: true }),
        episode('2023-03-01', '2023-03-03', { legalStatus: 'V4', reasonEnded: 'X1' }),
        episode('2023-03-03', null, { reasonNewEpisode: 'L', legalStatus: 'C1' }),
      ],
    });
    expect(periodsOfCare(r, '2024-01-01').map((p) => [p.start, p.clockStart])).toEqual([
      ['2023-01-01', null],
      ['2023-02-01', null],
      ['2023-03-01', '2023-03-03'],
    ]);
  });

  it('knows whether the child is looked after on a day (end date exclusive)', () => {
    const periods = periodsOfCare(record, '2024-01-01');
    expect(lookedAfterOn(periods, '2023-07-31')).toBe(true);
    expect(lookedAfterOn(periods, '2023-08-01')).toBe(false);
    expect(lookedAfterOn(periods, '2023-12-25')).toBe(true);
  });
});

describe('eligible child (13 weeks looked after from 14, some of it after 16)', () => {
  const dob = '2010-01-15'; // 14 on 2024-01-15, 16 on 2026-01-15, 18 on 2028-01-15
  it.each([
    ['in care since 15, so eligible on the 16th birthday', [episode('2025-06-01')], '2026-01-15'],
    ['in care from 16y1m: eligible after 13 weeks (91 days)', [episode('2026-02-15')], '2026-05-17'],
    [
      'an earlier stay after 14 counts towards the 13 weeks (29 + 62 days)',
      [episode('2024-02-01', '2024-03-01'), episode('2026-01-01')],
      '2026-03-04',
    ],
    [
      'time before the 14th birthday does not count',
      [episode('2023-01-01', '2024-01-15'), episode('2026-01-01')],
      '2026-04-02',
    ],
    ['left care before 16: not eligible', [episode('2024-06-01', '2025-12-01')], null],
    ['short breaks do not count', [episode('2025-06-01', null, { shortBreak: true })], null],
  ] as const)('%s', (_, careEpisodes, expected) => {
    expect(eligibleFrom(recordWith({ person: { dateOfBirth: dob }, careEpisodes }), '2027-01-01')).toBe(
      expected,
    );
  });

  it('is not eligible yet as at a date before the 13 weeks are up', () => {
    const r = recordWith({ person: { dateOfBirth: dob }, careEpisodes: [episode('2026-02-15')] });
    expect(eligibleFrom(r, '2026-05-16')).toBeNull();
    expect(eligibleFrom(r, '2026-05-17')).toBe('2026-05-17');
  });
});
