import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './531.ts';

describe('903 rule 531 (provider PR5 with an unsuitable placement)', () => {
  const rule = versions[0]!;
  it('flags PR5 with P1 only', () => {
    const flags = runRule(rule, {
      Episodes: [
        { PLACE: 'R1', PLACE_PROVIDER: 'PR5' },
        { PLACE: 'P1', PLACE_PROVIDER: 'PR5' },
        { PLACE: 'P1', PLACE_PROVIDER: null },
        { PLACE: null, PLACE_PROVIDER: 'PR5' },
      ],
    });
    expect(flags?.Episodes).toEqual([1]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
