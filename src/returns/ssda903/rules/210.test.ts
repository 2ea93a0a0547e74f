import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './210.ts';

describe('903 rule 210 (UN4 for a child looked after more than a week)', () => {
  it('flags UN4 with an episode starting on or after 24 March', () => {
    const flags = runRule(versions[0]!, {
      Header: [
        { CHILD: 'A', UPN: 'UN4' },
        { CHILD: 'B', UPN: 'UN4' },
        { CHILD: 'C', UPN: 'UN3' },
      ],
      Episodes: [
        { CHILD: 'A', DECOM: '23/03/2026' },
        { CHILD: 'B', DECOM: '01/01/2026' },
        { CHILD: 'B', DECOM: '24/03/2026' },
        { CHILD: 'C', DECOM: '30/03/2026' },
      ],
    });
    expect(flags?.Episodes).toEqual([2]);
    expect(flags?.Header).toEqual([1]);
  });
});
