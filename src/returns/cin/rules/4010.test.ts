import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './4010.ts';

const rule = versions[0]!;
const starts = (...list: (string | null)[]) => ({
  CINplanDates: list.map((CINPlanStartDate) => ({ CINPlanStartDate })),
});

describe('CIN rule 4010 (CIN plan start missing or after the census year)', () => {
  it('flags a missing start and a start after the reference date', () => {
    expect(flags(rule, starts('2025-03-31', '2025-04-01', null, 'not a date', '2019-01-01'))).toEqual([
      'CINplanDates.CINPlanStartDate[1]',
      'CINplanDates.CINPlanStartDate[2]',
      'CINplanDates.CINPlanStartDate[3]',
    ]);
  });
});
