import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './356.ts';

describe('903 rule 356 (episode ceased before it started)', () => {
  it('flags DEC before DECOM', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { DECOM: '02/06/2025', DEC: '01/06/2025' },
        { DECOM: '02/06/2025', DEC: '02/06/2025' },
        { DECOM: '02/06/2025', DEC: null },
      ],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
