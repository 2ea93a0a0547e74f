import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './2885.ts';

const rule = versions[0]!;
const ep = (child: string, cin = '1') => ({ LAchildID: child, CINdetailsID: cin });

describe('CIN rule 2885 (plan start differs from the initial conference)', () => {
  it('matches plans to the Section47 conference, else to the CINdetails one', () => {
    expect(
      flags(rule, {
        ChildProtectionPlans: [
          { ...ep('A'), CPPstartDate: '2024-05-26' },
          { ...ep('B'), CPPstartDate: '2024-05-26' },
          { ...ep('C'), CPPstartDate: '2024-06-01' },
          { ...ep('D'), CPPstartDate: '2024-06-01' },
        ],
        Section47: [
          { ...ep('A'), DateOfInitialCPC: '2024-05-26', ICPCnotRequired: 'false' },
          { ...ep('B'), DateOfInitialCPC: '2024-05-27', ICPCnotRequired: 'false' },
        ],
        CINdetails: [
          { ...ep('A'), DateOfInitialCPC: null },
          { ...ep('B'), DateOfInitialCPC: '2024-05-26' },
          { ...ep('C'), DateOfInitialCPC: '2024-06-01' },
          { ...ep('D'), DateOfInitialCPC: '2024-06-02' },
        ],
      }),
    ).toEqual([
      'CINdetails.DateOfInitialCPC[3]',
      'ChildProtectionPlans.CPPstartDate[1]',
      'ChildProtectionPlans.CPPstartDate[3]',
      'Section47.DateOfInitialCPC[1]',
    ]);
  });
  it('ignores plans starting outside the census year and S47s not needing a conference', () => {
    expect(
      flags(rule, {
        ChildProtectionPlans: [
          { ...ep('A'), CPPstartDate: '2024-03-31' },
          { ...ep('B'), CPPstartDate: '2024-04-01' },
          { ...ep('B'), CPPstartDate: null },
        ],
        Section47: [{ ...ep('B'), DateOfInitialCPC: null, ICPCnotRequired: 'true' }],
        CINdetails: [
          { ...ep('A'), DateOfInitialCPC: null },
          { ...ep('B'), DateOfInitialCPC: '2024-04-01' },
        ],
      }),
    ).toEqual([]);
  });
  it('keeps the conference records of an episode when one of its plans matches', () => {
    expect(
      flags(rule, {
        ChildProtectionPlans: [
          { ...ep('A'), CPPstartDate: '2024-05-26' },
          { ...ep('A'), CPPstartDate: '2024-09-01' },
        ],
        Section47: [
          { ...ep('A'), DateOfInitialCPC: '2024-05-26' },
          { ...ep('A'), DateOfInitialCPC: null },
        ],
        CINdetails: [],
      }),
    ).toEqual(['ChildProtectionPlans.CPPstartDate[1]']);
  });
});
