import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './148.ts';

describe('903 rule 148 (date and reason episode ceased)', () => {
  it('flags a DEC without a REC and a REC without a DEC', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { DEC: '01/06/2025', REC: 'E11' },
        { DEC: '01/06/2025', REC: null },
        { DEC: null, REC: 'X1' },
        { DEC: null, REC: null },
      ],
    });
    expect(flags?.Episodes).toEqual([1, 2]);
  });
});
