import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './426.ts';

describe('903 rule 426 (both V3 and V4 in the year)', () => {
  it('flags all short-break episodes of a child with both V3 and V4', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', LS: 'V3' },
        { CHILD: 'A', LS: 'C2' },
        { CHILD: 'A', LS: 'V4' },
        { CHILD: 'B', LS: 'V3' },
        { CHILD: 'B', LS: 'V3' },
      ],
    });
    expect(flags?.Episodes).toEqual([0, 2]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
