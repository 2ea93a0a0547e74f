import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './182.ts';

const core = { IMMUNISATIONS: '1', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '1', SUBSTANCE_MISUSE: '0' };

describe('903 rule 182 (core OC2 items when others are given)', () => {
  it('flags missing core items when another OC2 item is completed', () => {
    const flags = runRule(versions[0]!, {
      OC2: [
        { ...core, CONVICTED: '0' },
        { ...core, TEETH_CHECK: null, CONVICTED: '0' },
        { IMMUNISATIONS: null, CONVICTED: null, HEALTH_CHECK: null },
        { IMMUNISATIONS: null, HEALTH_CHECK: '1' },
      ],
    });
    expect(flags?.OC2).toEqual([1, 3]);
  });
});
