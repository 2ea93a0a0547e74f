import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './501.ts';

describe('903 rule 501 (episode starts before the previous one ended)', () => {
  const rule = versions[0]!;
  it('compares each episode with the previous one of the same child in DECOM order', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: 'a', DECOM: '01/05/2025', DEC: '10/05/2025' },
        { CHILD: 'a', DECOM: '10/05/2025', DEC: '20/05/2025' },
        { CHILD: 'a', DECOM: '19/05/2025', DEC: null },
        { CHILD: 'b', DECOM: '01/05/2025', DEC: '10/05/2025' },
        { CHILD: 'c', DECOM: '09/05/2025', DEC: null },
      ],
    });
    expect(flags?.Episodes).toEqual([2]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
