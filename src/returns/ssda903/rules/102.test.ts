import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './102.ts';

describe('903 rule 102 (date of birth)', () => {
  it('flags missing and impossible dates', () => {
    const flags = runRule(versions[0]!, {
      Header: [
        { DOB: '29/02/2020' },
        { DOB: '29/02/2021' },
        { DOB: '01/01/19' },
        { DOB: null },
        { DOB: '1/2/2015' },
      ],
    });
    expect(flags?.Header).toEqual([1, 2, 3]);
  });
  it('is not run without a Header table', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
