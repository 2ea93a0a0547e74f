import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './546.ts';

describe('903 rule 546 (health promotion given for a child of 5 or over)', () => {
  const rule = versions[0]!;
  const stayed = (CHILD: string) => ({
    CHILD,
    DECOM: '01/01/2024',
    DEC: null,
    RNE: 'S',
    LS: 'C2',
    REC: null,
  });
  it('flags HEALTH_CHECK for a continuously looked after child aged 5 on 31 March', () => {
    const flags = runRule(rule, {
      Episodes: [stayed('a'), stayed('b'), stayed('c')],
      OC2: [
        { CHILD: 'a', DOB: '31/03/2021', HEALTH_CHECK: '1' },
        { CHILD: 'b', DOB: '01/04/2021', HEALTH_CHECK: '1' },
        { CHILD: 'c', DOB: '31/03/2021', HEALTH_CHECK: null },
        { CHILD: 'z', DOB: '31/03/2015', HEALTH_CHECK: '1' },
      ],
    });
    expect(flags?.OC2).toEqual([0]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, { OC2: [] })).toBeUndefined();
  });
});
