import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './SW04STG1.ts';

describe('903 rule SW04STG1 (social worker episode start date)', () => {
  it('flags a malformed date, allowing ZZ parts and blanks', () => {
    const flags = runRule(versions[0]!, {
      SWEpisodes: [
        { SW_DECOM: 'ZZ/ZZ/ZZZZ' },
        { SW_DECOM: '01/01/2001' },
        { SW_DECOM: 'zz' },
        { SW_DECOM: '01/01/ZZZZ' },
        { SW_DECOM: null },
        { SW_DECOM: '31/02/2001' },
        { SW_DECOM: 'ZZ/02/2001' },
      ],
    });
    expect(flags?.SWEpisodes).toEqual([2, 5]);
  });
  it('is not run without SWEpisodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
