import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './8555Q.ts';

const rule = versions[0]!;

describe('CIN rule 8555Q (referral after death)', () => {
  it('flags a referral the day after death, not on the day', () => {
    expect(
      flags(rule, {
        ChildIdentifiers: [
          { LAchildID: 'A', PersonDeathDate: '2024-06-10' },
          { LAchildID: 'B', PersonDeathDate: '2024-06-10' },
          { LAchildID: 'C', PersonDeathDate: null },
        ],
        CINdetails: [
          { LAchildID: 'A', CINreferralDate: '2024-06-11' },
          { LAchildID: 'B', CINreferralDate: '2024-06-10' },
          { LAchildID: 'C', CINreferralDate: '2024-06-11' },
        ],
      }),
    ).toEqual(['CINdetails.CINreferralDate[0]', 'ChildIdentifiers.PersonDeathDate[0]']);
  });
});
