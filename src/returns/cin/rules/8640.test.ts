import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8640.ts';

describe('CIN rule 8640 (reason for closure code)', () => {
  it('flags codes outside RC1 to RC9 and ignores a missing reason', () => {
    expect(
      flagged(versions[0]!, {
        CINdetails: [
          { ReasonForClosure: 'RC1' },
          { ReasonForClosure: 'RC9' },
          { ReasonForClosure: 'RC10' },
          { ReasonForClosure: 'XX' },
          { ReasonForClosure: null },
        ],
      }),
    ).toEqual(['CINdetails.ReasonForClosure[2]', 'CINdetails.ReasonForClosure[3]']);
  });
  it('needs the CINdetails table', () => {
    expect(flagged(versions[0]!, {})).toBeUndefined();
  });
});
