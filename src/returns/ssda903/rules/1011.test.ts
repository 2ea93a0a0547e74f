import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './1011.ts';

const rule = versions[0]!;

describe('903 rule 1011 (care leaver data after transfer to another LA)', () => {
  it('flags care leaver data when the latest episode ended E3', () => {
    const flags = runRule(rule, {
      OC3: [
        { CHILD: '111', IN_TOUCH: 'YES', ACTIV: null, ACCOM: null },
        { CHILD: '222', IN_TOUCH: null, ACTIV: null, ACCOM: null },
        { CHILD: '333', IN_TOUCH: 'YES', ACTIV: null, ACCOM: null },
        { CHILD: '444', IN_TOUCH: 'YES', ACTIV: null, ACCOM: null },
      ],
      Episodes: [
        { CHILD: '111', DECOM: '01/06/2020', REC: 'E11' },
        { CHILD: '111', DECOM: '06/06/2020', REC: 'E3' },
        { CHILD: '222', DECOM: '05/06/2020', REC: 'E3' },
        { CHILD: '333', DECOM: '07/06/2020', REC: 'E3' },
        { CHILD: '333', DECOM: '15/06/2020', REC: 'X1' },
      ],
    });
    expect(flags?.OC3).toEqual([0]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, { OC3: [] })).toBeUndefined();
  });
});
