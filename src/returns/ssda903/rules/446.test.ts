import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './446.ts';

describe('903 rule 446 (E1 before December 2005)', () => {
  const rule = versions[0]!;
  it('flags E1 episodes starting before 01/12/2005', () => {
    const flags = runRule(rule, {
      Episodes: [
        { LS: 'E1', DECOM: '30/11/2005' },
        { LS: 'E1', DECOM: '01/12/2005' },
        { LS: 'C2', DECOM: '30/11/2005' },
        { LS: 'E1', DECOM: null },
      ],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
