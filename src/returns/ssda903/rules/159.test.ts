import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './159.ts';

describe('903 rule 159 (intervention offered when none received)', () => {
  it('flags a missing INTERVENTION_OFFERED for a misuse problem with no intervention received', () => {
    const flags = runRule(versions[0]!, {
      OC2: [
        { SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: null },
        { SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: '1' },
        { SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '1', INTERVENTION_OFFERED: null },
        { SUBSTANCE_MISUSE: '0', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: null },
      ],
    });
    expect(flags?.OC2).toEqual([0]);
  });
});
