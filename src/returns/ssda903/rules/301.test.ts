import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './301.ts';

describe('903 rule 301 (date of birth after the year ended)', () => {
  it('flags a date of birth after 31 March of the collection year', () => {
    const flags = runRule(versions[0]!, {
      Header: [{ DOB: '31/03/2026' }, { DOB: '01/04/2026' }, { DOB: null }, { DOB: 'not a date' }],
    });
    expect(flags?.Header).toEqual([1]);
  });
  it('is not run without Header', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
