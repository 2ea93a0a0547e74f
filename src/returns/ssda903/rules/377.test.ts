import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './377.ts';

describe('903 rule 377 (more than two holiday placements)', () => {
  it('flags every T3 episode of a child with more than two', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', PLACE: 'T3' },
        { CHILD: 'A', PLACE: 'U1' },
        { CHILD: 'A', PLACE: 'T3' },
        { CHILD: 'A', PLACE: 'T3' },
        { CHILD: 'B', PLACE: 'T3' },
        { CHILD: 'B', PLACE: 'T3' },
      ],
    });
    expect(flags?.Episodes).toEqual([0, 2, 3]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
