import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './205A.ts';

// Collection year 2025/26; last year's collection ran 1 April 2024 - 31 March 2025.
describe('903 rule 205A (UASC last year only)', () => {
  const UASC = [
    { CHILD: 'A', DOB: '01/05/2007', DUC: null },
    { CHILD: 'B', DOB: '01/05/2007', DUC: null },
    { CHILD: 'C', DOB: '01/05/2007', DUC: '01/05/2025' },
    { CHILD: 'D', DOB: '01/05/2007', DUC: null },
  ];
  const UASC_last = [
    { CHILD: 'A', DOB: '01/05/2007', DUC: '31/03/2025' },
    { CHILD: 'B', DOB: '01/05/2007', DUC: '01/04/2025' },
    { CHILD: 'C', DOB: '01/05/2007', DUC: '01/05/2024' },
    { CHILD: 'D', DOB: '01/05/2007', DUC: '01/05/2024' },
  ];
  const Header = ['A', 'B', 'C', 'D'].map((CHILD) => ({ CHILD, UASC: CHILD === 'D' ? '1' : '0' }));
  const Header_last = ['A', 'B', 'C', 'D'].map((CHILD) => ({ CHILD, UASC: '1' }));

  it("needs last year's DUC inside last year and no DUC this year", () => {
    const flags = runRule(versions[0]!, { UASC, UASC_last, Header, Header_last });
    expect(flags?.UASC).toEqual([1, 2]);
    expect(flags?.Header).toEqual([1, 2]);
  });
  it('derives the flags from the UASC tables when the Headers are missing', () => {
    // A child counts as UASC in a year when that year's UASC row has a DUC: C is UASC now.
    const flags = runRule(versions[0]!, { UASC, UASC_last });
    expect(flags).toEqual({ UASC: [1] });
  });
  it('is not run without last year', () => {
    expect(runRule(versions[0]!, { UASC, Header })).toBeUndefined();
  });
});
