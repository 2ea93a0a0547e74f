import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './134.ts';

describe('903 rule 134 (adoption data for a care leaver)', () => {
  it('flags AD1 data for a child with OC3 data', () => {
    const flags = runRule(versions[0]!, {
      OC3: [
        { CHILD: 'A', IN_TOUCH: 'YES', ACTIV: null, ACCOM: null },
        { CHILD: 'B', IN_TOUCH: null, ACTIV: null, ACCOM: null },
      ],
      AD1: [
        { CHILD: 'A', DATE_INT: '01/01/2026' },
        { CHILD: 'A', DATE_INT: null },
        { CHILD: 'B', DATE_INT: '01/01/2026' },
        { CHILD: 'C', DATE_INT: '01/01/2026' },
      ],
    });
    expect(flags?.AD1).toEqual([0]);
  });
});
