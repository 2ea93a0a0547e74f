import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './365.ts';

describe('903 rule 365 (short break longer than 17 days)', () => {
  it('flags a V3 episode lasting more than 17 days, an open one running to 31 March', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { DECOM: '01/06/2025', DEC: '18/06/2025', LS: 'V3' },
        { DECOM: '01/06/2025', DEC: '19/06/2025', LS: 'V3' },
        { DECOM: '01/03/2026', DEC: null, LS: 'V3' },
        { DECOM: '20/03/2026', DEC: null, LS: 'V3' },
        { DECOM: '01/06/2025', DEC: '19/06/2025', LS: 'V4' },
      ],
    });
    expect(flags?.Episodes).toEqual([1, 2]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
