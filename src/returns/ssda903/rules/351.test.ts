import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './351.ts';

describe('903 rule 351 (child over 25 at the start of the year)', () => {
  it('flags a child whose 25th birthday fell before 1 April', () => {
    const flags = runRule(versions[0]!, {
      Header: [{ DOB: '01/04/2000' }, { DOB: '31/03/2000' }, { DOB: '01/01/2010' }, { DOB: null }],
    });
    expect(flags?.Header).toEqual([1]);
  });
  it('is not run without Header', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
