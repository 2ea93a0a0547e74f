import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './304.ts';

describe('903 rule 304 (UASC ceased after 18th birthday)', () => {
  it('flags a date UASC ceased after the 18th birthday', () => {
    const flags = runRule(versions[0]!, {
      UASC: [
        { DOB: '15/06/2007', DUC: '15/06/2025' },
        { DOB: '15/06/2007', DUC: '16/06/2025' },
        { DOB: '15/06/2007', DUC: null },
        { DOB: null, DUC: '16/06/2025' },
      ],
    });
    expect(flags?.UASC).toEqual([1]);
  });
  it('is not run without UASC', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
