import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './628.ts';

const rule = versions[0]!;

describe('903 rule 628 (motherhood details for care leavers not looked after)', () => {
  it('flags MOTHER for OC3 care leavers with no episodes', () => {
    const flags = runRule(rule, {
      Header: [
        { CHILD: '0', MOTHER: '1' },
        { CHILD: '1', MOTHER: '0' },
        { CHILD: '2', MOTHER: '0' },
        { CHILD: '3', MOTHER: null },
      ],
      Episodes: [{ CHILD: '1' }],
      OC3: [
        { CHILD: '0', IN_TOUCH: 'YES', ACTIV: null, ACCOM: null },
        { CHILD: '1', IN_TOUCH: 'YES', ACTIV: null, ACCOM: null },
        { CHILD: '2', IN_TOUCH: null, ACTIV: null, ACCOM: null },
        { CHILD: '3', IN_TOUCH: 'YES', ACTIV: null, ACCOM: null },
      ],
    });
    expect(flags?.Header).toEqual([0]);
  });
  it('is not run without OC3', () => {
    expect(runRule(rule, { Header: [], Episodes: [] })).toBeUndefined();
  });
});
