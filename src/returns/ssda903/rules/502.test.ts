import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './502.ts';

describe('903 rule 502 (open episode last year starts on this year’s first DECOM)', () => {
  const rule = versions[0]!;
  it('flags the first episode when last year’s open episode started on another date', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: 'a', DECOM: '01/02/2025' },
        { CHILD: 'a', DECOM: '01/06/2025' },
        { CHILD: 'b', DECOM: '01/06/2025' },
        { CHILD: 'c', DECOM: '01/06/2025' },
      ],
      Episodes_last: [
        { CHILD: 'a', DECOM: '01/02/2025', DEC: null },
        { CHILD: 'b', DECOM: '01/02/2025', DEC: null },
        { CHILD: 'c', DECOM: '01/02/2025', DEC: '01/03/2025' },
      ],
    });
    expect(flags?.Episodes).toEqual([2]);
  });
  it('is not run without last year’s episodes', () => {
    expect(runRule(rule, { Episodes: [] })).toBeUndefined();
  });
});
