import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './104.ts';

describe('903 rule 104 (date UASC ceased)', () => {
  it('flags unreadable dates and dates before 1 April, accepts blank', () => {
    const flags = runRule(versions[0]!, {
      UASC: [
        { DUC: '31/03/2025' },
        { DUC: '01/04/2025' },
        { DUC: null },
        { DUC: '32/04/2025' },
        { DUC: '15/06/2026' },
      ],
    });
    expect(flags?.UASC).toEqual([0, 3]);
  });
  it('is not run without a UASC table', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
