import { describe, expect, it } from 'vitest';
import { dayToIso, isoToDay, plusYears } from './day.ts';

const day = (iso: string) => isoToDay(iso) as number;

describe('plusYears', () => {
  it('gives the same calendar date years later, 29 February becoming 28 February in common years', () => {
    expect(dayToIso(plusYears(day('2010-06-15'), 18))).toBe('2028-06-15');
    expect(dayToIso(plusYears(day('2012-02-29'), 1))).toBe('2013-02-28');
    expect(dayToIso(plusYears(day('2012-02-29'), 4))).toBe('2016-02-29');
    expect(dayToIso(plusYears(day('2025-04-01'), -1))).toBe('2024-04-01');
    expect(dayToIso(plusYears(day('1969-12-31'), 1))).toBe('1970-12-31');
  });

  it('answers a repeated question the same way as the first time (the answers are cached)', () => {
    const born = day('2008-03-31');
    const first = plusYears(born, 16);
    for (let i = 0; i < 3; i++) expect(plusYears(born, 16)).toBe(first);
    // Neighbouring days and year counts never share a cached answer.
    expect(plusYears(born + 1, 16)).toBe(first + 1);
    expect(dayToIso(plusYears(born, 17))).toBe('2025-03-31');
    expect(dayToIso(plusYears(born, -16))).toBe('1992-03-31');
  });

  it('works beyond the cached range of years too', () => {
    expect(dayToIso(plusYears(day('2000-01-01'), 300))).toBe('2300-01-01');
  });
});
