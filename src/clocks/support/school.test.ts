import { describe, expect, it } from 'vitest';
import { receptionStart, termAfter } from './school.ts';

describe('approximate English school terms', () => {
  it.each([
    ['2026-04-10', 'autumn', '2026-09-01', '2026-12-31'],
    ['2026-08-15', 'autumn', '2026-09-01', '2026-12-31'],
    ['2026-10-01', 'spring', '2027-01-01', '2027-03-31'],
    ['2027-02-28', 'summer', '2027-04-01', '2027-07-31'],
    ['2026-12-31', 'spring', '2027-01-01', '2027-03-31'],
  ])('the term after %s is %s (%s to %s)', (date, name, start, end) => {
    expect(termAfter(date)).toEqual({ name, start, end });
  });

  it.each([
    [
      '2022-09-01',
      '2026-09-01',
      'born 1 September: the oldest in the year, starts the September they turn 4',
    ],
    ['2022-08-31', '2026-09-01', 'born 31 August: the youngest, starts the day after turning 4'],
    ['2020-02-29', '2024-09-01', 'leap-day birthday'],
    ['2021-12-25', '2026-09-01', 'winter birthday'],
  ])('a child born %s starts reception on %s (%s)', (dob, expected) => {
    expect(receptionStart(dob)).toBe(expected);
  });
});
