import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './511.ts';

describe('903 rule 511 (two adopters with a single adopter’s sex code)', () => {
  const rule = versions[0]!;
  it('flags NB_ADOPTR 2 with M1 or F1', () => {
    const flags = runRule(rule, {
      AD1: [
        { NB_ADOPTR: '2', SEX_ADOPTR: 'MF' },
        { NB_ADOPTR: '2', SEX_ADOPTR: 'F1' },
        { NB_ADOPTR: '1', SEX_ADOPTR: 'F1' },
        { NB_ADOPTR: '2', SEX_ADOPTR: null },
      ],
    });
    expect(flags?.AD1).toEqual([1]);
  });
  it('is not run without AD1', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
