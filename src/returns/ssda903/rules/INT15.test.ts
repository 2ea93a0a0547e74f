import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './INT15.ts';

const rule = versions[0]!;

describe('903 rule INT15 (DOB in OC3 differs from Header)', () => {
  it('flags a DOB that differs from the Header, ignoring blanks and unknown children', () => {
    const flags = runRule(rule, {
      Header: [
        { CHILD: '101', DOB: '01/04/2020' },
        { CHILD: '102', DOB: null },
        { CHILD: '103', DOB: '01/04/2020' },
        { CHILD: '104', DOB: '01/04/2020' },
      ],
      OC3: [
        { CHILD: '101', DOB: '1/4/2020' },
        { CHILD: '102', DOB: '01/04/2020' },
        { CHILD: '103', DOB: '04/01/2020' },
        { CHILD: '104', DOB: null },
        { CHILD: '105', DOB: '01/01/2000' },
      ],
    });
    expect(flags?.OC3).toEqual([2]);
  });
  it('is not run without the Header', () => {
    expect(runRule(rule, { OC3: [] })).toBeUndefined();
  });
});
