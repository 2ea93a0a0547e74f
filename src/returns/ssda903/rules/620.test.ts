import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './620.ts';

describe('903 rule 620 (mother under 11)', () => {
  const rule = versions[0]!;
  it('flags a mother not yet 11 on 1 April', () => {
    const flags = runRule(rule, {
      Header: [
        { MOTHER: '1', DOB: '02/04/2014' },
        { MOTHER: '1', DOB: '01/04/2014' },
        { MOTHER: '0', DOB: '02/04/2014' },
        { MOTHER: '1', DOB: null },
      ],
    });
    expect(flags?.Header).toEqual([0]);
  });
  it('is not run without Header', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
