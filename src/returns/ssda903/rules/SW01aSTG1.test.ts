import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './SW01aSTG1.ts';

describe('903 rule SW01aSTG1 (social worker episode start and ID)', () => {
  it('flags a missing start date, and a missing ID before 1 April 2023', () => {
    const flags = runRule(versions[0]!, {
      SWEpisodes: [
        { SW_ID: null, SW_DECOM: '01/04/2023' },
        { SW_ID: 'SW1', SW_DECOM: null },
        { SW_ID: null, SW_DECOM: '31/03/2023' },
        { SW_ID: 'SW1', SW_DECOM: '31/03/2023' },
        { SW_ID: 'SW1', SW_DECOM: 'ZZ/03/2023' },
      ],
    });
    expect(flags?.SWEpisodes).toEqual([1, 2, 4]);
  });
  it('is not run without SWEpisodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
