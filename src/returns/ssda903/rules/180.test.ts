import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './180.ts';

describe('903 rule 180 (SDQ score)', () => {
  it('accepts whole numbers 0-40 and flags anything else that is given', () => {
    const scores = ['0', '40', '20.0', '41', '-1', '12.5', 'XX', '', null];
    const flags = runRule(versions[0]!, { OC2: scores.map((SDQ_SCORE) => ({ SDQ_SCORE })) });
    expect(flags?.OC2).toEqual([3, 4, 5, 6, 7]);
  });
});
