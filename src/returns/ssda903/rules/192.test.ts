import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './192.ts';

describe('903 rule 192 (intervention received after misuse identified)', () => {
  it('flags a missing INTERVENTION_RECEIVED when SUBSTANCE_MISUSE is 1', () => {
    const flags = runRule(versions[0]!, {
      OC2: [
        { SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0' },
        { SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: null },
        { SUBSTANCE_MISUSE: '0', INTERVENTION_RECEIVED: null },
      ],
    });
    expect(flags?.OC2).toEqual([1]);
  });
});
