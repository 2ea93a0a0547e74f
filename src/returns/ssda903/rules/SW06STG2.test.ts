import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './SW06STG2.ts';

describe('903 rule SW06STG2 (social worker episode starts after 31 March)', () => {
  it('flags a start after the collection end, not one on 31 March', () => {
    const flags = runRule(versions[0]!, {
      SWEpisodes: [
        { SW_DECOM: '01/04/2026' },
        { SW_DECOM: '31/03/2026' },
        { SW_DECOM: '01/01/2020' },
        { SW_DECOM: null },
      ],
    });
    expect(flags?.SWEpisodes).toEqual([0]);
  });
  it('is not run without SWEpisodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
