import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './385.ts';

describe('903 rule 385 (episode ceased after the year ended)', () => {
  it('flags DEC after 31 March of the collection year', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [{ DEC: '31/03/2026' }, { DEC: '01/04/2026' }, { DEC: null }],
    });
    expect(flags?.Episodes).toEqual([1]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
