import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './451.ts';

describe('903 rule 451 (still freed for adoption)', () => {
  const rule = versions[0]!;
  it('flags open D1 episodes only', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: '1', LS: 'D1', DEC: null, REC: null },
        { CHILD: '2', LS: 'D1', DEC: '01/05/2025', REC: 'E11' },
        { CHILD: '3', LS: 'C2', DEC: null, REC: null },
        { CHILD: '4', LS: 'D1', DEC: null, REC: 'X1' },
      ],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
