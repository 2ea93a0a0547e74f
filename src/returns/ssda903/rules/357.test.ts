import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './357.ts';

describe('903 rule 357 (first episode must have RNE S)', () => {
  it('flags a first episode within the collection year that is not RNE S', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2025', RNE: 'P' },
        { CHILD: 'A', DECOM: '01/06/2025', RNE: 'S' },
        { CHILD: 'B', DECOM: '01/04/2025', RNE: 'S' },
        { CHILD: 'B', DECOM: '01/06/2025', RNE: 'P' },
        { CHILD: 'C', DECOM: '31/03/2025', RNE: 'P' },
      ],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
