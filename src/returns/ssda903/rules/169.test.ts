import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './169.ts';

describe('903 rule 169 (PL_LA known)', () => {
  it('flags a missing PL_LA except on short breaks', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { LS: 'C2', PL_LA: 'E09000030' },
        { LS: 'C2', PL_LA: null },
        { LS: 'V3', PL_LA: null },
        { LS: null, PL_LA: null },
      ],
    });
    expect(flags?.Episodes).toEqual([1, 3]);
  });
});
