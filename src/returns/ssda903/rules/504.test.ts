import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './504.ts';

describe('903 rule 504 (CIN changes within a period of care)', () => {
  const rule = versions[0]!;
  it('flags a CIN change on an episode continuing the previous one (REC X1, same day)', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: 'a', DECOM: '01/05/2025', DEC: '10/05/2025', REC: 'X1', CIN: 'N1' },
        { CHILD: 'a', DECOM: '10/05/2025', DEC: '20/05/2025', REC: 'E11', CIN: 'N2' },
        { CHILD: 'a', DECOM: '01/07/2025', DEC: null, REC: null, CIN: 'N3' },
        { CHILD: 'b', DECOM: '01/05/2025', DEC: '10/05/2025', REC: 'X1', CIN: 'N1' },
        { CHILD: 'b', DECOM: '10/05/2025', DEC: null, REC: null, CIN: 'N1' },
      ],
    });
    expect(flags?.Episodes).toEqual([1]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
