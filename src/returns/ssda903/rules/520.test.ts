import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './520.ts';

describe('903 rule 520 (adopters’ legal status L11 and sex codes)', () => {
  const rule = versions[0]!;
  it('flags L11 with a sex code that does not fit', () => {
    const flags = runRule(rule, {
      AD1: [
        { LS_ADOPTR: 'L11', SEX_ADOPTR: 'MF' },
        { LS_ADOPTR: 'L11', SEX_ADOPTR: 'MM' },
        { LS_ADOPTR: 'L11', SEX_ADOPTR: null },
        { LS_ADOPTR: 'L0', SEX_ADOPTR: 'MM' },
      ],
    });
    expect(flags?.AD1).toEqual([1, 2]);
  });
  it('is not run without AD1', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
