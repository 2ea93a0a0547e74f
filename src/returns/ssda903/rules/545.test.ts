import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './545.ts';

describe('903 rule 545 (health promotion missing for a child under 5)', () => {
  const rule = versions[0]!;
  const stayed = (CHILD: string) => ({
    CHILD,
    DECOM: '01/01/2024',
    DEC: null,
    RNE: 'S',
    LS: 'C2',
    REC: null,
  });
  it('flags a continuously looked after child under 5 without HEALTH_CHECK', () => {
    const flags = runRule(rule, {
      Episodes: [stayed('a'), stayed('b'), stayed('c')],
      OC2: [
        { CHILD: 'a', DOB: '01/04/2021', HEALTH_CHECK: null },
        { CHILD: 'b', DOB: '31/03/2021', HEALTH_CHECK: null },
        { CHILD: 'c', DOB: '01/04/2021', HEALTH_CHECK: '1' },
        { CHILD: 'z', DOB: '01/04/2021', HEALTH_CHECK: null },
      ],
    });
    expect(flags?.OC2).toEqual([0]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, { OC2: [] })).toBeUndefined();
  });
});
