import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8650.ts';

describe('CIN rule 8650 (primary need code)', () => {
  it('flags codes outside N0 to N9', () => {
    expect(
      flagged(versions[0]!, {
        CINdetails: [
          { PrimaryNeedCode: 'N0' },
          { PrimaryNeedCode: 'N9' },
          { PrimaryNeedCode: 'N10' },
          { PrimaryNeedCode: null },
        ],
      }),
    ).toEqual(['CINdetails.PrimaryNeedCode[2]']);
  });
});
