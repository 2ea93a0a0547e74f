import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './184.ts';

describe('903 rule 184 (decision to place for adoption before birth)', () => {
  it('flags DATE_PLACED before DOB (boundary: the day of birth is allowed)', () => {
    const flags = runRule(versions[0]!, {
      Header: [
        { CHILD: 'A', DOB: '10/05/2025' },
        { CHILD: 'B', DOB: '10/05/2025' },
        { CHILD: 'C', DOB: '10/05/2025' },
      ],
      PlacedAdoption: [
        { CHILD: 'A', DATE_PLACED: '10/05/2025' },
        { CHILD: 'B', DATE_PLACED: '09/05/2025' },
        { CHILD: 'C', DATE_PLACED: null },
        { CHILD: 'Z', DATE_PLACED: '01/06/2025' },
      ],
    });
    expect(flags?.PlacedAdoption).toEqual([1, 3]);
  });
});
