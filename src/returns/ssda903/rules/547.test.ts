import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './547.ts';

describe('903 rule 547 (HEALTH_CHECK given without the other health fields)', () => {
  const rule = versions[0]!;
  const all = { IMMUNISATIONS: '1', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '0', SUBSTANCE_MISUSE: '0' };
  it('flags HEALTH_CHECK 1 when any health field is blank', () => {
    const flags = runRule(rule, {
      OC2: [
        { HEALTH_CHECK: '1', ...all },
        { HEALTH_CHECK: '1', ...all, TEETH_CHECK: null },
        { HEALTH_CHECK: '0', ...all, TEETH_CHECK: null },
        { HEALTH_CHECK: null, IMMUNISATIONS: null },
      ],
    });
    expect(flags?.OC2).toEqual([1]);
  });
  it('is not run without OC2', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
