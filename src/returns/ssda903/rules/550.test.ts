import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './550.ts';

describe('903 rule 550 (PR0 only with P1)', () => {
  const rule = versions[0]!;
  it('flags PR0 with any placement other than P1', () => {
    const flags = runRule(rule, {
      Episodes: [
        { PLACE: 'P1', PLACE_PROVIDER: 'PR0' },
        { PLACE: 'U1', PLACE_PROVIDER: 'PR0' },
        { PLACE: 'U1', PLACE_PROVIDER: 'PR1' },
        { PLACE: null, PLACE_PROVIDER: 'PR0' },
      ],
    });
    expect(flags?.Episodes).toEqual([1, 3]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
