import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './442.ts';

describe('903 rule 442 (UPN not completed)', () => {
  it('flags a missing UPN for a child with an episode other than a short break', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', LS: 'C2' },
        { CHILD: 'B', LS: 'V3' },
        { CHILD: 'C', LS: 'V3' },
        { CHILD: 'C', LS: 'C2' },
        { CHILD: 'D', LS: 'C2' },
      ],
      Header: [
        { CHILD: 'A', UPN: null },
        { CHILD: 'B', UPN: null },
        { CHILD: 'C', UPN: null },
        { CHILD: 'D', UPN: 'UN1' },
      ],
    });
    expect(flags?.Header).toEqual([0, 2]);
  });
  it('is not run without Header', () => {
    expect(runRule(versions[0]!, { Episodes: [{ CHILD: 'A', LS: 'C2' }] })).toBeUndefined();
  });
});
