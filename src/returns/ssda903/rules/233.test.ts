import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './233.ts';

describe('903 rule 233 (reason for placement change on an open episode)', () => {
  it('flags a reason for placement change on an episode that has not ceased', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { DEC: null, REASON_PLACE_CHANGE: 'CARPL' },
        { DEC: '01/06/2025', REASON_PLACE_CHANGE: 'CARPL' },
        { DEC: null, REASON_PLACE_CHANGE: null },
      ],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
