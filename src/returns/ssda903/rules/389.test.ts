import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './389.ts';

describe('903 rule 389 (adult social care under 16)', () => {
  it('flags REC E7 before the 16th birthday', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', REC: 'E7', DEC: '14/06/2025' },
        { CHILD: 'A', REC: 'E7', DEC: '15/06/2025' },
        { CHILD: 'A', REC: 'X1', DEC: '14/06/2025' },
        { CHILD: 'A', REC: 'E7', DEC: null },
      ],
      Header: [{ CHILD: 'A', DOB: '15/06/2009' }],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run without Header', () => {
    expect(
      runRule(versions[0]!, { Episodes: [{ CHILD: 'A', REC: 'E7', DEC: '14/06/2025' }] }),
    ).toBeUndefined();
  });
});
