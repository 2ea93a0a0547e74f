import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './390.ts';

describe('903 rule 390 (adopted without a placement for adoption)', () => {
  it('flags episodes ending in adoption outside an A3-A6 placement', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { PLACE: 'U1', REC: 'E11' },
        { PLACE: 'A5', REC: 'E12' },
        { PLACE: 'U1', REC: 'E13' },
      ],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
