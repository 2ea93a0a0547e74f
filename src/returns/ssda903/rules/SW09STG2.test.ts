import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './SW09STG2.ts';

describe('903 rule SW09STG2 (social worker episode shorter than a day)', () => {
  it('flags an episode ending the day it started', () => {
    const flags = runRule(versions[0]!, {
      SWEpisodes: [
        { SW_DECOM: '01/01/2000', SW_DEC: '01/01/2000' },
        { SW_DECOM: '01/01/2000', SW_DEC: '02/01/2000' },
        { SW_DECOM: '1/1/2000', SW_DEC: '01/01/2000' },
        { SW_DECOM: null, SW_DEC: '01/01/1901' },
        { SW_DECOM: null, SW_DEC: null },
      ],
    });
    expect(flags?.SWEpisodes).toEqual([0, 2]);
  });
  it('is not run without SWEpisodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
