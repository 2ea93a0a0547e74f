import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './353.ts';

describe('903 rule 353 (episode before 14 October 1991)', () => {
  it('flags episodes starting before 14 October 1991', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [{ DECOM: '13/10/1991' }, { DECOM: '14/10/1991' }, { DECOM: null }],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
