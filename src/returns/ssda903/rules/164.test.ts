import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './164.ts';

describe('903 rule 164 (placement distance)', () => {
  const Episodes = [
    { CHILD: 'A', LS: 'C2', PL_DISTANCE: '0.0' },
    { CHILD: 'A', LS: 'C2', PL_DISTANCE: '999.9' },
    { CHILD: 'A', LS: 'C2', PL_DISTANCE: '1000.0' },
    { CHILD: 'A', LS: 'C2', PL_DISTANCE: '-0.1' },
    { CHILD: 'A', LS: 'V3', PL_DISTANCE: '1000.0' },
    { CHILD: 'A', LS: 'C2', PL_DISTANCE: null },
    { CHILD: 'U', LS: 'C2', PL_DISTANCE: '1200.0' },
    { CHILD: 'L', LS: 'C2', PL_DISTANCE: '1200.0' },
  ];
  it('flags distances outside 0-999.9 except short breaks and current or former UASC', () => {
    const flags = runRule(versions[0]!, {
      Episodes,
      Header: [
        { CHILD: 'A', UASC: '0' },
        { CHILD: 'U', UASC: '1' },
        { CHILD: 'L', UASC: '0' },
      ],
      UASC_last: [{ CHILD: 'L', DOB: '01/01/2008', DUC: '01/01/2026' }],
    });
    expect(flags?.Episodes).toEqual([2, 3]);
  });
  it('is not run when nothing says who is UASC', () => {
    expect(runRule(versions[0]!, { Episodes })).toBeUndefined();
  });
});
