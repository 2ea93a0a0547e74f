import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './205D.ts';

describe('903 rule 205D (UASC now but not last year)', () => {
  it('flags a Header row that is UASC this year and was recorded as not UASC last year', () => {
    const flags = runRule(versions[0]!, {
      Header: [
        { CHILD: 'A', UASC: '1' },
        { CHILD: 'B', UASC: '1' },
        { CHILD: 'C', UASC: '1' },
        { CHILD: 'D', UASC: '0' },
      ],
      Header_last: [
        { CHILD: 'A', UASC: '1' },
        { CHILD: 'B', UASC: '0' },
        { CHILD: 'D', UASC: '1' },
      ],
    });
    expect(flags).toEqual({ Header: [1] });
  });
  it('reports UASC rows when the flags are derived from the UASC tables', () => {
    const flags = runRule(versions[0]!, {
      UASC: [
        { CHILD: 'A', DOB: '01/06/2008', DUC: '01/06/2026' },
        { CHILD: 'B', DOB: '01/06/2008', DUC: '01/06/2026' },
      ],
      UASC_last: [
        { CHILD: 'A', DOB: '01/06/2008', DUC: '01/06/2026' },
        { CHILD: 'B', DOB: '01/06/2008', DUC: null },
      ],
    });
    expect(flags).toEqual({ UASC: [1] });
  });
  it('is not run without either year', () => {
    expect(runRule(versions[0]!, { Header: [] })).toBeUndefined();
  });
});
