import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './529.ts';

describe('903 rule 529 (provider PR3 with an unsuitable placement)', () => {
  const rule = versions[0]!;
  it('flags PR3 with A4 only', () => {
    const flags = runRule(rule, {
      Episodes: [
        { PLACE: 'R2', PLACE_PROVIDER: 'PR3' },
        { PLACE: 'A4', PLACE_PROVIDER: 'PR3' },
        { PLACE: 'A4', PLACE_PROVIDER: null },
        { PLACE: null, PLACE_PROVIDER: 'PR3' },
      ],
    });
    expect(flags?.Episodes).toEqual([1]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
