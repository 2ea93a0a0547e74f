import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './387.ts';

describe('903 rule 387 (independent living under 14)', () => {
  it('flags REC E5 before the 14th birthday', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', REC: 'E5', DEC: '14/06/2025' },
        { CHILD: 'A', REC: 'E5', DEC: '15/06/2025' },
        { CHILD: 'A', REC: 'X1', DEC: '14/06/2025' },
        { CHILD: 'A', REC: 'E5', DEC: null },
      ],
      Header: [{ CHILD: 'A', DOB: '15/06/2011' }],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run without Header', () => {
    expect(
      runRule(versions[0]!, { Episodes: [{ CHILD: 'A', REC: 'E5', DEC: '14/06/2025' }] }),
    ).toBeUndefined();
  });
});
