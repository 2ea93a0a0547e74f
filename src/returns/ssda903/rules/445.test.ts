import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './445.ts';

describe('903 rule 445 (D1 after 2005)', () => {
  const rule = versions[0]!;
  it('flags D1 episodes starting after 31/12/2005', () => {
    const flags = runRule(rule, {
      Episodes: [
        { LS: 'D1', DECOM: '31/12/2005' },
        { LS: 'D1', DECOM: '01/01/2006' },
        { LS: 'C2', DECOM: '01/01/2006' },
        { LS: 'D1', DECOM: null },
        { LS: 'D1', DECOM: 'not a date' },
      ],
    });
    expect(flags?.Episodes).toEqual([1]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
