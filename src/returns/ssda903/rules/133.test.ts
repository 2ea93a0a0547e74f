import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './133.ts';

describe('903 rule 133 (accommodation code)', () => {
  it('flags unknown, lower-case and blank codes', () => {
    const flags = runRule(versions[0]!, {
      OC3: [
        { ACCOM: 'B1' },
        { ACCOM: 'Z2' },
        { ACCOM: 'X' },
        { ACCOM: 'b1' },
        { ACCOM: null },
        { ACCOM: '' },
      ],
    });
    expect(flags?.OC3).toEqual([2, 3, 4, 5]);
  });
  it('is not run without the OC3 table', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
