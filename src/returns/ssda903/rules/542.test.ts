import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './542.ts';

describe('903 rule 542 (conviction data for a child under 10)', () => {
  const rule = versions[0]!;
  it('flags CONVICTED for children not yet 10 on 31 March', () => {
    const flags = runRule(rule, {
      OC2: [
        { DOB: '01/04/2016', CONVICTED: '0' },
        { DOB: '31/03/2016', CONVICTED: '0' },
        { DOB: '01/04/2016', CONVICTED: null },
        { DOB: null, CONVICTED: '1' },
      ],
    });
    expect(flags?.OC2).toEqual([0]);
  });
  it('is not run without OC2', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
