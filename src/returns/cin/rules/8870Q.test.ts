import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8870Q.ts';

describe('CIN rule 8870Q (ICPC target date on a weekend)', () => {
  it('queries a Saturday or Sunday target, in the XML form or DD-MM-YYYY', () => {
    expect(
      flagged(versions[0]!, {
        Section47: [
          { InitialCPCtarget: '2025-03-28' },
          { InitialCPCtarget: '2025-03-29' },
          { InitialCPCtarget: '2025-03-30' },
          { InitialCPCtarget: '30-03-2025' },
          { InitialCPCtarget: '31-03-2025' },
          { InitialCPCtarget: null },
        ],
      }),
    ).toEqual([
      'Section47.InitialCPCtarget[1]',
      'Section47.InitialCPCtarget[2]',
      'Section47.InitialCPCtarget[3]',
    ]);
  });
});
