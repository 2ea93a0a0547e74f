import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './517.ts';

describe('903 rule 517 (adopters’ legal status L3 and sex codes)', () => {
  const rule = versions[0]!;
  it('flags L3 with a sex code that does not fit', () => {
    const flags = runRule(rule, {
      AD1: [
        { LS_ADOPTR: 'L3', SEX_ADOPTR: 'MF' },
        { LS_ADOPTR: 'L3', SEX_ADOPTR: 'FF' },
        { LS_ADOPTR: 'L3', SEX_ADOPTR: null },
        { LS_ADOPTR: 'L0', SEX_ADOPTR: 'FF' },
      ],
    });
    expect(flags?.AD1).toEqual([1, 2]);
  });
  it('is not run without AD1', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
