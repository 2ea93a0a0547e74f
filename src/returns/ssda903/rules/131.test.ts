import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './131.ts';

describe('903 rule 131 (in touch code)', () => {
  it('flags unknown, lower-case and blank codes', () => {
    const flags = runRule(versions[0]!, {
      OC3: [
        { IN_TOUCH: 'YES' },
        { IN_TOUCH: 'DIED' },
        { IN_TOUCH: 'REFUSE' },
        { IN_TOUCH: 'yes' },
        { IN_TOUCH: null },
        { IN_TOUCH: '' },
      ],
    });
    expect(flags?.OC3).toEqual([2, 3, 4, 5]);
  });
  it('is not run without the OC3 table', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
