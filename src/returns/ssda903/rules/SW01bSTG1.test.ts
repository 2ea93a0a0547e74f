import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './SW01bSTG1.ts';

describe('903 rule SW01bSTG1 (social worker episode details from April 2023)', () => {
  it('flags a missing start date, and a missing ID or reason from 1 April 2023', () => {
    const flags = runRule(versions[0]!, {
      SWEpisodes: [
        { SW_ID: null, SW_DECOM: '01/04/2023', SW_REASON: 'OTHERS' },
        { SW_ID: 'SW1', SW_DECOM: null, SW_REASON: 'OTHERS' },
        { SW_ID: 'SW1', SW_DECOM: '01/04/2023', SW_REASON: null },
        { SW_ID: null, SW_DECOM: '31/03/2023', SW_REASON: null },
        { SW_ID: 'SW1', SW_DECOM: '01/04/2023', SW_REASON: 'OTHERS' },
      ],
    });
    expect(flags?.SWEpisodes).toEqual([0, 1, 2]);
  });
  it('is not run without SWEpisodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
