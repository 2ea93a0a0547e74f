import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8775Q.ts';

describe('CIN rule 8775Q (child over 25)', () => {
  it('queries a child born before reference date minus 25 years with an episode open past 25', () => {
    expect(
      flagged(versions[0]!, {
        ChildIdentifiers: [
          { LAchildID: 'a', PersonBirthDate: '2000-03-30' },
          { LAchildID: 'b', PersonBirthDate: '2000-03-31' },
          { LAchildID: 'c', PersonBirthDate: '1990-01-01' },
        ],
        CINdetails: [
          { LAchildID: 'a', CINclosureDate: null },
          { LAchildID: 'b', CINclosureDate: null },
          { LAchildID: 'c', CINclosureDate: '2015-01-01' },
          { LAchildID: 'c', CINclosureDate: '2015-01-02' },
        ],
      }),
    ).toEqual([
      'CINdetails.CINclosureDate[0]',
      'CINdetails.CINclosureDate[3]',
      'ChildIdentifiers.PersonBirthDate[0]',
      'ChildIdentifiers.PersonBirthDate[2]',
    ]);
  });
});
