import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './215.ts';

describe('903 rule 215 (care leaver with OC2 data)', () => {
  it('flags both rows when a care leaver has OC2 items', () => {
    const flags = runRule(versions[0]!, {
      OC3: [
        { CHILD: 'A', IN_TOUCH: 'YES' },
        { CHILD: 'B', IN_TOUCH: 'YES' },
        { CHILD: 'C', IN_TOUCH: null },
      ],
      OC2: [
        { CHILD: 'B', CONVICTED: null, IMMUNISATIONS: null },
        { CHILD: 'A', CONVICTED: '0', IMMUNISATIONS: null },
        { CHILD: 'C', CONVICTED: '0', IMMUNISATIONS: '1' },
      ],
    });
    expect(flags?.OC3).toEqual([0]);
    expect(flags?.OC2).toEqual([1]);
  });
});
