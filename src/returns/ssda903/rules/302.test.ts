import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './302.ts';

describe('903 rule 302 (first episode before birth)', () => {
  it('flags the earliest episode when it starts before the date of birth, with the Header row', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DECOM: '10/06/2025' },
        { CHILD: 'A', DECOM: '09/06/2025' },
        { CHILD: 'B', DECOM: '10/06/2025' },
        { CHILD: 'C', DECOM: null },
      ],
      Header: [
        { CHILD: 'A', DOB: '10/06/2025' },
        { CHILD: 'B', DOB: '10/06/2025' },
        { CHILD: 'C', DOB: '10/06/2025' },
      ],
    });
    expect(flags).toEqual({ Episodes: [1], Header: [0] });
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, { Header: [{ CHILD: 'A', DOB: '01/01/2020' }] })).toBeUndefined();
  });
});
