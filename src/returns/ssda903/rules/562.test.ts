import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './562.ts';

describe('903 rule 562 (episode carried over is missing from last year)', () => {
  const rule = versions[0]!;
  it('flags a first episode before 1 April that is not last year’s final episode', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: 'a', DECOM: '31/03/2025' },
        { CHILD: 'a', DECOM: '01/05/2025' },
        { CHILD: 'b', DECOM: '01/03/2025' },
        { CHILD: 'c', DECOM: '01/03/2025' },
        { CHILD: 'd', DECOM: '01/04/2025' },
      ],
      Episodes_last: [
        { CHILD: 'a', DECOM: '01/01/2025' },
        { CHILD: 'a', DECOM: '31/03/2025' },
        { CHILD: 'b', DECOM: '01/02/2025' },
      ],
    });
    expect(flags?.Episodes).toEqual([2, 3]);
  });
  it('is not run without last year’s episodes', () => {
    expect(runRule(rule, { Episodes: [] })).toBeUndefined();
  });
});
