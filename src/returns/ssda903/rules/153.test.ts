import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './153.ts';

describe('903 rule 153 (care leaver items all or none)', () => {
  it('flags a partly completed OC3 row', () => {
    const flags = runRule(versions[0]!, {
      OC3: [
        { IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
        { IN_TOUCH: null, ACTIV: null, ACCOM: null },
        { IN_TOUCH: 'YES', ACTIV: null, ACCOM: 'B1' },
        { IN_TOUCH: null, ACTIV: 'F1', ACCOM: null },
      ],
    });
    expect(flags?.OC3).toEqual([2, 3]);
  });
});
