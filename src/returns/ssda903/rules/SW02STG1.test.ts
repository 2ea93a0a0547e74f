import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './SW02STG1.ts';

describe('903 rule SW02STG1 (social worker ID prefix)', () => {
  it('flags IDs not starting SW or XX', () => {
    const flags = runRule(versions[0]!, {
      SWEpisodes: [
        { SW_ID: 'SW000' },
        { SW_ID: 'XX000' },
        { SW_ID: 'aa00' },
        { SW_ID: 'xx000' },
        { SW_ID: null },
        { SW_ID: 'S' },
      ],
    });
    expect(flags?.SWEpisodes).toEqual([2, 3, 5]);
  });
  it('is not run without SWEpisodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
