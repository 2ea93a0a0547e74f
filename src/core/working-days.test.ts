import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days.ts';

describe('working days (England and Wales)', () => {
  it.each([
    ['2022-01-03', false, 'New Year substitute day'],
    ['2022-12-27', false, 'Christmas substitute day'],
    ['2023-01-02', false, 'New Year substitute day'],
    ['2022-06-03', false, 'Platinum Jubilee'],
    ['2022-09-19', false, 'State funeral'],
    ['2023-05-08', false, 'Coronation'],
    ['2020-05-08', false, 'VE day (moved early May)'],
    ['2020-05-04', true, 'the Monday VE day replaced'],
    ['2012-05-28', true, 'spring holiday moved to June in 2012'],
    ['2024-02-29', true, 'leap day, a Thursday'],
    ['2024-03-02', false, 'Saturday'],
    ['2026-04-03', false, 'Good Friday 2026'],
    ['2026-04-06', false, 'Easter Monday 2026'],
    ['2026-04-07', true, 'Tuesday after Easter'],
  ])('%s working=%s (%s)', (iso, expected) => {
    expect(isWorkingDay(iso)).toBe(expected);
  });

  it('counts from the day after the start, skipping weekends and holidays', () => {
    // Thursday 22 Dec 2022 + 1 WD = Friday 23; + 2 WD skips the weekend, Boxing Day and the substitute.
    expect(addWorkingDays('2022-12-22', 1)).toBe('2022-12-23');
    expect(addWorkingDays('2022-12-22', 2)).toBe('2022-12-28');
    // A start on a Saturday: day 1 is the Monday.
    expect(addWorkingDays('2024-03-02', 1)).toBe('2024-03-04');
    expect(addWorkingDays('2024-03-02', 0)).toBe('2024-03-04');
  });

  it('45 working days from a referral across Easter 2026', () => {
    const due = addWorkingDays('2026-03-02', 45);
    expect(due).toBe('2026-05-07');
    expect(workingDaysBetween('2026-03-02', due)).toBe(45);
    expect(workingDaysBetween('2026-03-02', '2026-05-06')).toBe(44);
  });

  it('is the inverse of addWorkingDays', () => {
    for (const start of ['2021-12-24', '2023-04-06', '2024-02-28', '2025-08-22']) {
      for (const n of [1, 5, 15, 20, 45]) {
        expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
      }
    }
  });
});
