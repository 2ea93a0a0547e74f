import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './392a.ts';

describe('903 rule 392a (no placement distance)', () => {
  it('flags a missing distance unless the child is, or was last year, UASC or on a short break', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', LS: 'C2', PL_DISTANCE: '3.2' },
        { CHILD: 'A', LS: 'C2', PL_DISTANCE: null },
        { CHILD: 'A', LS: 'V3', PL_DISTANCE: null },
        { CHILD: 'B', LS: 'C2', PL_DISTANCE: null },
        { CHILD: 'C', LS: 'C2', PL_DISTANCE: null },
      ],
      Header: [
        { CHILD: 'A', UASC: '0' },
        { CHILD: 'B', UASC: '1' },
        { CHILD: 'C', UASC: '0' },
      ],
      UASC_last: [{ CHILD: 'C', DOB: '01/01/2008', DUC: '01/01/2025' }],
    });
    expect(flags?.Episodes).toEqual([1]);
  });
  it('is not run when no table says who is UASC', () => {
    expect(
      runRule(versions[0]!, { Episodes: [{ CHILD: 'A', LS: 'C2', PL_DISTANCE: null }] }),
    ).toBeUndefined();
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, { Header: [{ CHILD: 'A', UASC: '0' }] })).toBeUndefined();
  });
});
