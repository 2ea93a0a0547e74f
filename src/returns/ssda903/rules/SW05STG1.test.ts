import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './SW05STG1.ts';

describe('903 rule SW05STG1 (social worker episode end date)', () => {
  it('flags a malformed date, allowing ZZ parts and blanks', () => {
    const flags = runRule(versions[0]!, {
      SWEpisodes: [
        { SW_DEC: 'ZZ/ZZ/ZZZZ' },
        { SW_DEC: '01/01/2001' },
        { SW_DEC: 'zz' },
        { SW_DEC: '01/01/ZZZZ' },
        { SW_DEC: null },
        { SW_DEC: '31/02/2001' },
        { SW_DEC: 'ZZ/02/2001' },
      ],
    });
    expect(flags?.SWEpisodes).toEqual([2, 5]);
  });
  it('is not run without SWEpisodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
