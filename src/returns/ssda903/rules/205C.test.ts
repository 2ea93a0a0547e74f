import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './205C.ts';

describe('903 rule 205C (never UASC but a DUC given)', () => {
  it('flags a DUC in either year for a child not UASC in either year', () => {
    const flags = runRule(versions[0]!, {
      UASC: [
        { CHILD: 'A', DOB: '01/06/2008', DUC: null },
        { CHILD: 'B', DOB: '01/06/2008', DUC: '01/06/2026' },
        { CHILD: 'C', DOB: '01/06/2008', DUC: null },
        { CHILD: 'D', DOB: '01/06/2008', DUC: '01/06/2026' },
      ],
      UASC_last: [
        { CHILD: 'A', DOB: '01/06/2008', DUC: '01/06/2026' },
        { CHILD: 'C', DOB: '01/06/2008', DUC: null },
        { CHILD: 'D', DOB: '01/06/2008', DUC: '01/06/2026' },
      ],
      Header: [
        { CHILD: 'A', UASC: '0' },
        { CHILD: 'B', UASC: '0' },
        { CHILD: 'C', UASC: '0' },
        { CHILD: 'D', UASC: '1' },
      ],
      Header_last: [
        { CHILD: 'A', UASC: '0' },
        { CHILD: 'C', UASC: '0' },
        { CHILD: 'D', UASC: '1' },
      ],
    });
    expect(flags?.UASC).toEqual([0, 1]);
    expect(flags?.Header).toEqual([0, 1]);
  });
});
