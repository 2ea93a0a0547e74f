import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './197a.ts';

describe('903 rule 197a (reason for no SDQ alongside a score)', () => {
  it('flags a reason given with a score', () => {
    const flags = runRule(versions[0]!, {
      OC2: [
        { SDQ_SCORE: '12', SDQ_REASON: null },
        { SDQ_SCORE: '12', SDQ_REASON: 'SDQ2' },
        { SDQ_SCORE: null, SDQ_REASON: 'SDQ2' },
      ],
    });
    expect(flags?.OC2).toEqual([1]);
  });
});
