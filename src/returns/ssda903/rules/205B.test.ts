import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './205B.ts';

// Collection year 2025/26.
describe('903 rule 205B (UASC in both years)', () => {
  it("needs last year's DUC on the 18th birthday and this year's DUC in the year or unchanged", () => {
    const flags = runRule(versions[0]!, {
      UASC: [
        { CHILD: 'A', DOB: '01/06/2007', DUC: '01/06/2025' },
        { CHILD: 'B', DOB: '01/06/2007', DUC: '01/06/2025' },
        { CHILD: 'C', DOB: '01/06/2008', DUC: '01/06/2026' },
        { CHILD: 'D', DOB: '01/06/2008', DUC: '01/06/2026' },
      ],
      UASC_last: [
        { CHILD: 'A', DOB: '01/06/2007', DUC: '01/06/2025' },
        { CHILD: 'B', DOB: '01/06/2007', DUC: '01/07/2025' },
        { CHILD: 'C', DOB: '01/06/2008', DUC: '01/06/2026' },
        { CHILD: 'D', DOB: '01/06/2008', DUC: '01/05/2026' },
      ],
      Header: ['A', 'B', 'C', 'D'].map((CHILD) => ({ CHILD, UASC: '1' })),
      Header_last: ['A', 'B', 'C', 'D'].map((CHILD) => ({ CHILD, UASC: '1' })),
    });
    expect(flags?.UASC).toEqual([1, 3]);
    expect(flags?.Header).toEqual([1, 3]);
  });
});
