import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './181.ts';

describe('903 rule 181 (OC2 items 0 or 1)', () => {
  it('flags any given item that is not 0 or 1', () => {
    const flags = runRule(versions[0]!, {
      OC2: [
        { CONVICTED: '0', HEALTH_CHECK: '1', INTERVENTION_OFFERED: null },
        { CONVICTED: '0', HEALTH_CHECK: '2', INTERVENTION_OFFERED: null },
        { CONVICTED: null, HEALTH_CHECK: null, INTERVENTION_OFFERED: 'Y' },
      ],
    });
    expect(flags?.OC2).toEqual([1, 2]);
  });
});
