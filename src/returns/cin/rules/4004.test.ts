import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './4004.ts';

const rule = versions[0]!;

describe('CIN rule 4004 (more than one open CIN plan)', () => {
  it('flags the open plans of an episode with two of them', () => {
    expect(
      flags(rule, {
        CINplanDates: [
          { LAchildID: 'A', CINdetailsID: '1', CINPlanEndDate: null },
          { LAchildID: 'A', CINdetailsID: '1', CINPlanEndDate: null },
          { LAchildID: 'A', CINdetailsID: '1', CINPlanEndDate: '2024-06-01' },
          { LAchildID: 'A', CINdetailsID: '2', CINPlanEndDate: null },
          { LAchildID: 'B', CINdetailsID: '1', CINPlanEndDate: null },
        ],
      }),
    ).toEqual(['CINplanDates.CINPlanEndDate[0]', 'CINplanDates.CINPlanEndDate[1]']);
  });
  it('needs CINplanDates', () => {
    expect(flags(rule, {})).toBeUndefined();
  });
});
