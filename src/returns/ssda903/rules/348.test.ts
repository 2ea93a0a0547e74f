import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './348.ts';

describe('903 rule 348 (care leaver previously reported as died)', () => {
  it('flags a care leaver reported as died last year and as anything else now', () => {
    const flags = runRule(versions[0]!, {
      OC3: [
        { CHILD: 'A', IN_TOUCH: 'DIED' },
        { CHILD: 'B', IN_TOUCH: 'YES' },
        { CHILD: 'C', IN_TOUCH: 'YES' },
      ],
      OC3_last: [
        { CHILD: 'A', IN_TOUCH: 'DIED' },
        { CHILD: 'B', IN_TOUCH: 'DIED' },
        { CHILD: 'C', IN_TOUCH: 'NO' },
      ],
    });
    expect(flags?.OC3).toEqual([1]);
  });
  it('is not run without OC3_last', () => {
    expect(runRule(versions[0]!, { OC3: [{ CHILD: 'A', IN_TOUCH: 'YES' }] })).toBeUndefined();
  });
});
