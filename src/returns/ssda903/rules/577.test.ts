import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './577.ts';

describe('903 rule 577 (missing period outlasts the period of care)', () => {
  const rule = versions[0]!;
  it('flags missing periods that fit none of the child’s periods of care', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: 'a', DECOM: '01/04/2025', DEC: '01/05/2025' },
        { CHILD: 'a', DECOM: '01/05/2025', DEC: '01/06/2025' },
        { CHILD: 'b', DECOM: '01/04/2025', DEC: null },
      ],
      Missing: [
        { CHILD: 'a', MIS_START: '10/05/2025', MIS_END: null },
        { CHILD: 'a', MIS_START: '10/05/2025', MIS_END: '01/06/2025' },
        { CHILD: 'a', MIS_START: '10/05/2025', MIS_END: '02/06/2025' },
        { CHILD: 'b', MIS_START: '10/05/2025', MIS_END: null },
        { CHILD: 'z', MIS_START: '10/05/2025', MIS_END: null },
      ],
    });
    expect(flags?.Missing).toEqual([0, 2]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, { Missing: [] })).toBeUndefined();
  });
});
