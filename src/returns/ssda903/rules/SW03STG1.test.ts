import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './SW03STG1.ts';

describe('903 rule SW03STG1 (social worker episode completeness)', () => {
  it('flags an episode missing its ID, start date or reason, but not its end date', () => {
    const flags = runRule(versions[0]!, {
      SWEpisodes: [
        { SW_ID: null, SW_DECOM: '01/01/2024', SW_DEC: null, SW_REASON: 'OTHERS' },
        { SW_ID: 'SW1', SW_DECOM: null, SW_DEC: null, SW_REASON: 'OTHERS' },
        { SW_ID: 'SW1', SW_DECOM: '01/01/2024', SW_DEC: null, SW_REASON: null },
        { SW_ID: 'SW1', SW_DECOM: '01/01/2024', SW_DEC: null, SW_REASON: 'OTHERS' },
      ],
    });
    expect(flags?.SWEpisodes).toEqual([0, 1, 2]);
  });
  it('is not run without SWEpisodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
