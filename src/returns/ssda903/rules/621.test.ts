import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './621.ts';

describe('903 rule 621 (mother younger than her child)', () => {
  const rule = versions[0]!;
  it('flags MC_DOB on or before the mother’s DOB', () => {
    const flags = runRule(rule, {
      Header: [
        { DOB: '01/05/2009', MC_DOB: '01/05/2009' },
        { DOB: '01/05/2009', MC_DOB: '02/05/2009' },
        { DOB: '01/05/2009', MC_DOB: '30/04/2009' },
        { DOB: '01/05/2009', MC_DOB: null },
      ],
    });
    expect(flags?.Header).toEqual([0, 2]);
  });
  it('is not run without Header', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
