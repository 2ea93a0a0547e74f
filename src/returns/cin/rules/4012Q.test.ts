import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './4012Q.ts';

const rule = versions[0]!;

describe('CIN rule 4012Q (CIN plan starting and ending on the same day)', () => {
  it('flags a plan ending on its start day only', () => {
    expect(
      flags(rule, {
        CINplanDates: [
          { CINPlanStartDate: '2024-06-10', CINPlanEndDate: '2024-06-10' },
          { CINPlanStartDate: '2024-06-10', CINPlanEndDate: '2024-06-11' },
          { CINPlanStartDate: null, CINPlanEndDate: null },
        ],
      }),
    ).toEqual(['CINplanDates.CINPlanEndDate[0]', 'CINplanDates.CINPlanStartDate[0]']);
  });
});
