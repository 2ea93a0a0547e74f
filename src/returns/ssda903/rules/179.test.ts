import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './179.ts';

describe('903 rule 179 (PL_LOCATION known)', () => {
  it('flags a missing PL_LOCATION except on short breaks', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { LS: 'C2', PL_LOCATION: 'IN' },
        { LS: 'C2', PL_LOCATION: null },
        { LS: 'V3', PL_LOCATION: null },
        { LS: null, PL_LOCATION: null },
      ],
    });
    expect(flags?.Episodes).toEqual([1, 3]);
  });
});
