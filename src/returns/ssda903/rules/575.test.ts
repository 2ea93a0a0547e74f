import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './575.ts';

describe('903 rule 575 (missing period open after its placement ended)', () => {
  const rule = versions[0]!;
  it('flags an open missing period that started during an ended episode', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: 'a', DECOM: '01/05/2025', DEC: '10/05/2025' },
        { CHILD: 'b', DECOM: '01/05/2025', DEC: null },
        { CHILD: 'c', DECOM: '01/05/2025', DEC: '10/05/2025' },
      ],
      Missing: [
        { CHILD: 'a', MIS_START: '10/05/2025', MIS_END: null },
        { CHILD: 'b', MIS_START: '02/05/2025', MIS_END: null },
        { CHILD: 'c', MIS_START: '02/05/2025', MIS_END: '03/05/2025' },
        { CHILD: 'c', MIS_START: '11/05/2025', MIS_END: null },
      ],
    });
    expect(flags?.Missing).toEqual([0]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, { Missing: [] })).toBeUndefined();
  });
});
