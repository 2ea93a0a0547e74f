import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './578.ts';

describe('903 rule 578 (missing after leaving care)', () => {
  const rule = versions[0]!;
  it('flags missing periods starting outside every period of care', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: 'a', DECOM: '01/04/2025', DEC: '01/05/2025' },
        { CHILD: 'a', DECOM: '01/05/2025', DEC: '01/06/2025' },
        { CHILD: 'b', DECOM: '01/04/2025', DEC: null },
      ],
      Missing: [
        { CHILD: 'a', MIS_START: '01/06/2025' },
        { CHILD: 'a', MIS_START: '02/06/2025' },
        { CHILD: 'a', MIS_START: '31/03/2025' },
        { CHILD: 'b', MIS_START: '01/03/2026' },
        { CHILD: 'z', MIS_START: '01/03/2026' },
      ],
    });
    expect(flags?.Missing).toEqual([1, 2]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, { Missing: [] })).toBeUndefined();
  });
});
