import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8810.ts';

describe('CIN rule 8810 (reason needs a closure date)', () => {
  it('flags a reason for closure without a closure date', () => {
    expect(
      flagged(versions[0]!, {
        CINdetails: [
          { CINclosureDate: null, ReasonForClosure: 'RC1' },
          { CINclosureDate: '2024-06-01', ReasonForClosure: 'RC7' },
          { CINclosureDate: null, ReasonForClosure: null },
        ],
      }),
    ).toEqual(['CINdetails.CINclosureDate[0]', 'CINdetails.ReasonForClosure[0]']);
  });
});
