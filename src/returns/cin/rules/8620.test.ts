import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8620.ts';

describe('CIN rule 8620 (closure date within the census year)', () => {
  it('accepts the first and last days of the census year and flags the days either side', () => {
    expect(
      flagged(versions[0]!, {
        CINdetails: [
          { CINclosureDate: '2024-03-31' },
          { CINclosureDate: '2024-04-01' },
          { CINclosureDate: '2025-03-31' },
          { CINclosureDate: '2025-04-01' },
          { CINclosureDate: null },
        ],
      }),
    ).toEqual(['CINdetails.CINclosureDate[0]', 'CINdetails.CINclosureDate[3]']);
  });
});
