import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './2990.ts';

const rule = versions[0]!;
const ep = (child: string, cin = '1') => ({ LAchildID: child, CINdetailsID: cin });

describe('CIN rule 2990 (activity after closure after assessment)', () => {
  it('flags an RC8 or RC9 episode with an S47, plan or CIN plan, and those modules', () => {
    expect(
      flags(rule, {
        CINdetails: [
          { ...ep('A'), ReasonForClosure: 'RC8', DateOfInitialCPC: null },
          { ...ep('B'), ReasonForClosure: 'RC9', DateOfInitialCPC: null },
          { ...ep('C'), ReasonForClosure: 'RC8', DateOfInitialCPC: '2024-06-01' },
          { ...ep('D'), ReasonForClosure: 'RC1', DateOfInitialCPC: '2024-06-01' },
          { ...ep('E'), ReasonForClosure: 'RC8', DateOfInitialCPC: null },
        ],
        Section47: [{ ...ep('A') }, { ...ep('D') }],
        ChildProtectionPlans: [{ ...ep('B') }, { ...ep('E', '2') }],
        CINplanDates: [{ ...ep('B') }],
      }),
    ).toEqual([
      'CINdetails.DateOfInitialCPC[0]',
      'CINdetails.DateOfInitialCPC[1]',
      'CINdetails.DateOfInitialCPC[2]',
      'CINplanDates.LAchildID[0]',
      'ChildProtectionPlans.LAchildID[0]',
      'Section47.LAchildID[0]',
    ]);
  });
  it('does not count assessments as activity', () => {
    expect(
      flags(rule, {
        CINdetails: [{ ...ep('A'), ReasonForClosure: 'RC8', DateOfInitialCPC: null }],
        Assessments: [{ ...ep('A') }],
      }),
    ).toEqual([]);
  });
  it('needs CINdetails', () => {
    expect(flags(rule, { Section47: [] })).toBeUndefined();
  });
});
