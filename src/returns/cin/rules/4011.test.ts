import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './4011.ts';

const rule = versions[0]!;

describe('CIN rule 4011 (CIN plan end before start)', () => {
  it('flags an end the day before the start, not on it', () => {
    expect(
      flags(rule, {
        CINplanDates: [
          { CINPlanStartDate: '2024-06-10', CINPlanEndDate: '2024-06-09' },
          { CINPlanStartDate: '2024-06-10', CINPlanEndDate: '2024-06-10' },
          { CINPlanStartDate: null, CINPlanEndDate: '2024-06-09' },
        ],
      }),
    ).toEqual(['CINplanDates.CINPlanEndDate[0]', 'CINplanDates.CINPlanStartDate[0]']);
  });
});
