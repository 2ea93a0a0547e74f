import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8935.ts';

describe('CIN rule 8935 (more than one open plan)', () => {
  it('flags open plans that share a child and CPPID (the recorded reference behaviour)', () => {
    expect(
      flagged(versions[0]!, {
        ChildProtectionPlans: [
          { LAchildID: 'a', CINdetailsID: '1', CPPID: '1', CPPendDate: null },
          { LAchildID: 'a', CINdetailsID: '2', CPPID: '1', CPPendDate: null },
          { LAchildID: 'a', CINdetailsID: '2', CPPID: '2', CPPendDate: null },
          { LAchildID: 'b', CINdetailsID: '1', CPPID: '1', CPPendDate: '2024-06-03' },
          { LAchildID: 'b', CINdetailsID: '2', CPPID: '1', CPPendDate: null },
        ],
      }),
    ).toEqual(['ChildProtectionPlans.CPPendDate[0]', 'ChildProtectionPlans.CPPendDate[1]']);
  });
});
