import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8805.ts';

describe('CIN rule 8805 (closure date needs a reason)', () => {
  it('flags a closure date without a reason', () => {
    expect(
      flagged(versions[0]!, {
        CINdetails: [
          { CINclosureDate: '2024-06-01', ReasonForClosure: null },
          { CINclosureDate: '2024-06-01', ReasonForClosure: 'RC7' },
          { CINclosureDate: null, ReasonForClosure: null },
        ],
      }),
    ).toEqual(['CINdetails.CINclosureDate[0]', 'CINdetails.ReasonForClosure[0]']);
  });
});
