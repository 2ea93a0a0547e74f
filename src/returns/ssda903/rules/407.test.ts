import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './407.ts';

describe('903 rule 407 (special guardianship at 18 or over)', () => {
  it('flags REC E45-E48 on or after the 18th birthday, with the Header row', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DEC: '14/06/2025', REC: 'E45' },
        { CHILD: 'B', DEC: '15/06/2025', REC: 'E48' },
        { CHILD: 'C', DEC: '15/06/2025', REC: 'E13' },
      ],
      Header: [
        { CHILD: 'A', DOB: '15/06/2007' },
        { CHILD: 'B', DOB: '15/06/2007' },
        { CHILD: 'C', DOB: '15/06/2007' },
      ],
    });
    expect(flags).toEqual({ Episodes: [1], Header: [1] });
  });
  it('is not run without Header', () => {
    expect(
      runRule(versions[0]!, { Episodes: [{ CHILD: 'A', DEC: '14/06/2025', REC: 'E45' }] }),
    ).toBeUndefined();
  });
});
