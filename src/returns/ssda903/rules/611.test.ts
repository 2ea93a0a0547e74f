import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './611.ts';

describe('903 rule 611 (mother without her child’s date of birth)', () => {
  const rule = versions[0]!;
  it('flags MOTHER 1 with no MC_DOB', () => {
    const flags = runRule(rule, {
      Header: [
        { MOTHER: '1', MC_DOB: null },
        { MOTHER: '1', MC_DOB: '01/05/2025' },
        { MOTHER: '0', MC_DOB: null },
      ],
    });
    expect(flags?.Header).toEqual([0]);
  });
  it('is not run without Header', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
