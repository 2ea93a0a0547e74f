import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './530.ts';

describe('903 rule 530 (provider PR4 with an unsuitable placement)', () => {
  const rule = versions[0]!;
  it('flags PR4 with P1 only', () => {
    const flags = runRule(rule, {
      Episodes: [
        { PLACE: 'K2', PLACE_PROVIDER: 'PR4' },
        { PLACE: 'P1', PLACE_PROVIDER: 'PR4' },
        { PLACE: 'P1', PLACE_PROVIDER: null },
        { PLACE: null, PLACE_PROVIDER: 'PR4' },
      ],
    });
    expect(flags?.Episodes).toEqual([1]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
