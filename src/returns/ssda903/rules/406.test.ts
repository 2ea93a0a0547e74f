import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './406.ts';

describe('903 rule 406 (distance for a UASC child)', () => {
  it('flags a distance for children who are UASC or were last year', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', PL_DISTANCE: '4.0' },
        { CHILD: 'B', PL_DISTANCE: '4.0' },
        { CHILD: 'B', PL_DISTANCE: null },
        { CHILD: 'C', PL_DISTANCE: '4.0' },
      ],
      Header: [
        { CHILD: 'A', UASC: '1' },
        { CHILD: 'B', UASC: '0' },
        { CHILD: 'C', UASC: '0' },
      ],
      Header_last: [{ CHILD: 'B', UASC: '1' }],
    });
    expect(flags?.Episodes).toEqual([0, 1]);
  });
  it('reads UASC status from the UASC table when there is no Header', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [{ CHILD: 'A', PL_DISTANCE: '4.0' }],
      UASC: [{ CHILD: 'A', DUC: '01/06/2025' }],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run when no table says who is UASC', () => {
    expect(runRule(versions[0]!, { Episodes: [{ CHILD: 'A', PL_DISTANCE: '4.0' }] })).toBeUndefined();
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, { Header: [{ CHILD: 'A', UASC: '1' }] })).toBeUndefined();
  });
});
