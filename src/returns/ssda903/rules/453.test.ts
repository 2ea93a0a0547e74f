import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './453.ts';

describe('903 rule 453 (PL_DISTANCE changes across the year boundary)', () => {
  const rule = versions[0]!;
  it('flags a difference of 0.2 miles or more, or a distance appearing from a blank', () => {
    const ep = (CHILD: string, PL_DISTANCE: string | null) => ({
      CHILD,
      RNE: 'P',
      DECOM: '01/02/2025',
      DEC: null,
      PL_DISTANCE,
    });
    const flags = runRule(rule, {
      Episodes: [ep('a', '10.0'), ep('b', '10.2'), ep('c', '10.1'), ep('d', '5'), ep('e', null)],
      Episodes_last: [ep('a', '10.0'), ep('b', '10.0'), ep('c', '10.0'), ep('d', null), ep('e', '5')],
    });
    expect(flags?.Episodes).toEqual([1, 3]);
  });
  it('is not run without last year’s episodes', () => {
    expect(runRule(rule, { Episodes: [] })).toBeUndefined();
  });
});
