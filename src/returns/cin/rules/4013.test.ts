import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './4013.ts';

const rule = versions[0]!;
const ends = (...list: (string | null)[]) => ({
  CINplanDates: list.map((CINPlanEndDate) => ({ CINPlanEndDate })),
});

describe('CIN rule 4013 (CIN plan end outside the census year)', () => {
  it('accepts the first and last days of the year and flags the days either side', () => {
    expect(flags(rule, ends('2024-04-01', '2025-03-31', '2024-03-31', '2025-04-01', null))).toEqual([
      'CINplanDates.CINPlanEndDate[2]',
      'CINplanDates.CINPlanEndDate[3]',
    ]);
  });
});
