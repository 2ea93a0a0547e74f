import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './437.ts';

describe('903 rule 437 (further episodes after death or turning 18)', () => {
  it('flags E2/E15 episodes followed by another episode of the child', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2025', REC: 'E15' },
        { CHILD: 'A', DECOM: '01/06/2025', REC: null },
        { CHILD: 'B', DECOM: '01/05/2025', REC: 'X1' },
        { CHILD: 'B', DECOM: '01/06/2025', REC: 'E2' },
      ],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
