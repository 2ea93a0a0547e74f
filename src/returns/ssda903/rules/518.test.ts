import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './518.ts';

describe('903 rule 518 (adopters’ legal status L4 and sex codes)', () => {
  const rule = versions[0]!;
  it('flags L4 with a sex code that does not fit', () => {
    const flags = runRule(rule, {
      AD1: [
        { LS_ADOPTR: 'L4', SEX_ADOPTR: 'FF' },
        { LS_ADOPTR: 'L4', SEX_ADOPTR: 'MF' },
        { LS_ADOPTR: 'L4', SEX_ADOPTR: null },
        { LS_ADOPTR: 'L0', SEX_ADOPTR: 'MF' },
      ],
    });
    expect(flags?.AD1).toEqual([1, 2]);
  });
  it('is not run without AD1', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
