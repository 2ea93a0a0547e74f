import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './1006.ts';

describe('903 rule 1006 (missing type)', () => {
  it('flags codes other than M and A, but not a blank', () => {
    const flags = runRule(versions[0]!, {
      Missing: [
        { MISSING: 'M' },
        { MISSING: 'A' },
        { MISSING: 'AWAY' },
        { MISSING: '' },
        { MISSING: null },
        { MISSING: 'm' },
      ],
    });
    expect(flags?.Missing).toEqual([2, 3, 5]);
  });
  it('is not run without Missing', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
