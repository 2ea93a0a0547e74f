import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './171.ts';

describe('903 rule 171 (MC_DOB is a valid date when given)', () => {
  it('flags unreadable dates but not blanks', () => {
    const flags = runRule(versions[0]!, {
      Header: [
        { MC_DOB: '31/03/2026' },
        { MC_DOB: '31/04/2026' },
        { MC_DOB: null },
        { MC_DOB: '2026-03-31' },
        { MC_DOB: '29/02/2024' },
      ],
    });
    expect(flags?.Header).toEqual([1, 3]);
  });
  it('is not run without the Header table', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
