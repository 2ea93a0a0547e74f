import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './454.ts';

describe('903 rule 454 (placement over 350 miles)', () => {
  const rule = versions[0]!;
  it('flags distances over 350 other than 999.9', () => {
    const flags = runRule(rule, {
      Episodes: [
        { PL_DISTANCE: '350' },
        { PL_DISTANCE: '350.1' },
        { PL_DISTANCE: '999.9' },
        { PL_DISTANCE: null },
        { PL_DISTANCE: '12.5' },
      ],
    });
    expect(flags?.Episodes).toEqual([1]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
