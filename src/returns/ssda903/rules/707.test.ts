import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './707.ts';

const rule = versions[0]!;

describe('903 rule 707 (open DoLO after care ended)', () => {
  it('flags DoLOs that fit no period of care', () => {
    const flags = runRule(rule, {
      DoLo: [
        { CHILD: '1', DOLO_START: '01/01/2025', DOLO_END: null },
        { CHILD: '2', DOLO_START: '01/05/2025', DOLO_END: null },
        { CHILD: '2', DOLO_START: '01/01/2025', DOLO_END: null },
        { CHILD: '3', DOLO_START: '01/01/2025', DOLO_END: '01/02/2025' },
        { CHILD: '3', DOLO_START: '01/01/2025', DOLO_END: '02/03/2025' },
        { CHILD: '4', DOLO_START: '01/01/2025', DOLO_END: null },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/01/2024', DEC: '01/03/2025' },
        { CHILD: '2', DECOM: '01/01/2025', DEC: '01/02/2025' },
        { CHILD: '2', DECOM: '01/04/2025', DEC: null },
        { CHILD: '3', DECOM: '01/01/2025', DEC: '01/02/2025' },
        { CHILD: '3', DECOM: '01/02/2025', DEC: '01/03/2025' },
      ],
    });
    expect(flags?.DoLo).toEqual([0, 2, 4]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, { DoLo: [] })).toBeUndefined();
  });
});
