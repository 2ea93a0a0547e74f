import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './354.ts';

describe('903 rule 354 (episode starts after the year ended)', () => {
  it('flags DECOM after 31 March of the collection year', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [{ DECOM: '31/03/2026' }, { DECOM: '01/04/2026' }, { DECOM: null }, { DECOM: '32/01/2026' }],
    });
    expect(flags?.Episodes).toEqual([1]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
