import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './527.ts';

describe('903 rule 527 (provider PR1 with an unsuitable placement)', () => {
  const rule = versions[0]!;
  it('flags PR1 with R5 only', () => {
    const flags = runRule(rule, {
      Episodes: [
        { PLACE: 'U1', PLACE_PROVIDER: 'PR1' },
        { PLACE: 'R5', PLACE_PROVIDER: 'PR1' },
        { PLACE: 'R5', PLACE_PROVIDER: null },
        { PLACE: null, PLACE_PROVIDER: 'PR1' },
      ],
    });
    expect(flags?.Episodes).toEqual([1]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
