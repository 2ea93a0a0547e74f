import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './158.ts';

describe('903 rule 158 (intervention offered after one received)', () => {
  it('flags INTERVENTION_OFFERED when INTERVENTION_RECEIVED is 1', () => {
    const flags = runRule(versions[0]!, {
      OC2: [
        { INTERVENTION_RECEIVED: '1', INTERVENTION_OFFERED: null },
        { INTERVENTION_RECEIVED: '1', INTERVENTION_OFFERED: '0' },
        { INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: '1' },
      ],
    });
    expect(flags?.OC2).toEqual([1]);
  });
});
