import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './4001.ts';

const rule = versions[0]!;

describe('CIN rule 4001 (open CIN plan and open CPP in one episode)', () => {
  it('flags an open CIN plan and an open CPP of the same episode', () => {
    expect(
      flags(rule, {
        CINplanDates: [
          { LAchildID: 'A', CINdetailsID: '1', CINPlanEndDate: null },
          { LAchildID: 'B', CINdetailsID: '1', CINPlanEndDate: '2024-06-01' },
          { LAchildID: 'C', CINdetailsID: '2', CINPlanEndDate: null },
        ],
        ChildProtectionPlans: [
          { LAchildID: 'A', CINdetailsID: '1', CPPendDate: null },
          { LAchildID: 'A', CINdetailsID: '1', CPPendDate: '2024-05-01' },
          { LAchildID: 'B', CINdetailsID: '1', CPPendDate: null },
          { LAchildID: 'C', CINdetailsID: '1', CPPendDate: null },
        ],
      }),
    ).toEqual(['CINplanDates.CINPlanEndDate[0]', 'ChildProtectionPlans.CPPendDate[0]']);
  });
});
