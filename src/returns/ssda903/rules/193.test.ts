import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './193.ts';

describe('903 rule 193 (intervention items without a misuse problem)', () => {
  it('flags intervention items when SUBSTANCE_MISUSE is 0 or blank', () => {
    const flags = runRule(versions[0]!, {
      OC2: [
        { SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '1', INTERVENTION_OFFERED: null },
        { SUBSTANCE_MISUSE: '0', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: null },
        { SUBSTANCE_MISUSE: null, INTERVENTION_RECEIVED: null, INTERVENTION_OFFERED: '1' },
        { SUBSTANCE_MISUSE: '0', INTERVENTION_RECEIVED: null, INTERVENTION_OFFERED: null },
      ],
    });
    expect(flags?.OC2).toEqual([1, 2]);
  });
});
