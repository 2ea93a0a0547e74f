import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './214.ts';

describe('903 rule 214 (placement location on short breaks)', () => {
  it('flags PL_POST or URN on a V3/V4 episode', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { LS: 'V3', PL_POST: 'AB1 2CD', URN: null },
        { LS: 'V4', PL_POST: null, URN: 'SC123456' },
        { LS: 'V3', PL_POST: null, URN: null },
        { LS: 'C2', PL_POST: 'AB1 2CD', URN: 'SC123456' },
      ],
    });
    expect(flags?.Episodes).toEqual([0, 1]);
  });
});
