import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './386.ts';

describe('903 rule 386 (adopted at 18 or over)', () => {
  it('flags REC E11 on or after the 18th birthday', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', REC: 'E11', DEC: '14/06/2025' },
        { CHILD: 'A', REC: 'E11', DEC: '15/06/2025' },
        { CHILD: 'A', REC: 'X1', DEC: '14/06/2025' },
        { CHILD: 'A', REC: 'E11', DEC: null },
      ],
      Header: [{ CHILD: 'A', DOB: '15/06/2007' }],
    });
    expect(flags?.Episodes).toEqual([1]);
  });
  it('is not run without Header', () => {
    expect(
      runRule(versions[0]!, { Episodes: [{ CHILD: 'A', REC: 'E11', DEC: '14/06/2025' }] }),
    ).toBeUndefined();
  });
});
