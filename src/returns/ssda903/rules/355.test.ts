import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './355.ts';

describe('903 rule 355 (episode lasted less than 24 hours)', () => {
  it('flags an episode that ceased on the day it started', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { DECOM: '01/06/2025', DEC: '01/06/2025' },
        { DECOM: '01/06/2025', DEC: '02/06/2025' },
        { DECOM: '01/06/2025', DEC: null },
      ],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
