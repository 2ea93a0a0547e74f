import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './514.ts';

describe('903 rule 514 (single adopter legal status with a couple’s sex code)', () => {
  const rule = versions[0]!;
  it('flags L0 without M1 or F1', () => {
    const flags = runRule(rule, {
      AD1: [
        { LS_ADOPTR: 'L0', SEX_ADOPTR: 'M1' },
        { LS_ADOPTR: 'L0', SEX_ADOPTR: 'MF' },
        { LS_ADOPTR: 'L0', SEX_ADOPTR: null },
        { LS_ADOPTR: 'L11', SEX_ADOPTR: 'MF' },
      ],
    });
    expect(flags?.AD1).toEqual([1, 2]);
  });
  it('is not run without AD1', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
