import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './2884.ts';

const rule = versions[0]!;

describe('CIN rule 2884 (conference on both S47 and CINdetails)', () => {
  it('flags the same conference date on both modules of a child', () => {
    expect(
      flags(rule, {
        Section47: [
          { LAchildID: 'A', CINdetailsID: '1', DateOfInitialCPC: '2024-05-26' },
          { LAchildID: 'B', CINdetailsID: '1', DateOfInitialCPC: '2024-05-27' },
          { LAchildID: 'C', CINdetailsID: '1', DateOfInitialCPC: null },
        ],
        CINdetails: [
          { LAchildID: 'A', CINdetailsID: '2', DateOfInitialCPC: '2024-05-26' },
          { LAchildID: 'B', CINdetailsID: '1', DateOfInitialCPC: '2024-05-26' },
          { LAchildID: 'C', CINdetailsID: '1', DateOfInitialCPC: null },
          { LAchildID: 'D', CINdetailsID: '1', DateOfInitialCPC: '2024-05-26' },
        ],
      }),
    ).toEqual(['CINdetails.DateOfInitialCPC[0]', 'Section47.DateOfInitialCPC[0]']);
  });
  it('needs both tables', () => {
    expect(flags(rule, { Section47: [] })).toBeUndefined();
  });
});
