import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './581.ts';

describe('903 rule 581 (missing when not looked after)', () => {
  const rule = versions[0]!;
  it('flags missing periods starting outside every episode of the child', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: 'a', DECOM: '01/05/2025', DEC: '10/05/2025' },
        { CHILD: 'a', DECOM: '20/05/2025', DEC: null },
      ],
      Missing: [
        { CHILD: 'a', MIS_START: '01/05/2025' },
        { CHILD: 'a', MIS_START: '10/05/2025' },
        { CHILD: 'a', MIS_START: '15/05/2025' },
        { CHILD: 'a', MIS_START: '30/04/2025' },
        { CHILD: 'a', MIS_START: '01/03/2026' },
        { CHILD: 'z', MIS_START: '01/03/2026' },
      ],
    });
    expect(flags?.Missing).toEqual([2, 3]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, { Missing: [] })).toBeUndefined();
  });
});
