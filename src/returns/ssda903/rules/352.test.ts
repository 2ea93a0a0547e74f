import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './352.ts';

describe('903 rule 352 (started to be looked after aged 18 or over)', () => {
  it('flags an RNE S episode starting on or after the 18th birthday', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', RNE: 'S', DECOM: '14/06/2025' },
        { CHILD: 'A', RNE: 'S', DECOM: '15/06/2025' },
        { CHILD: 'A', RNE: 'P', DECOM: '20/06/2025' },
        { CHILD: 'B', RNE: 'S', DECOM: '15/06/2025' },
      ],
      Header: [
        { CHILD: 'A', DOB: '15/06/2007' },
        { CHILD: 'B', DOB: null },
      ],
    });
    expect(flags?.Episodes).toEqual([1]);
  });
  it('is not run without Header', () => {
    expect(
      runRule(versions[0]!, { Episodes: [{ CHILD: 'A', RNE: 'S', DECOM: '01/06/2025' }] }),
    ).toBeUndefined();
  });
});
