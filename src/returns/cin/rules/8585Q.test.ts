import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './8585Q.ts';

const rule = versions[0]!;

describe('CIN rule 8585Q (closed as died with no date of death)', () => {
  it('flags an RC2 closure for a child with no date of death', () => {
    expect(
      flags(rule, {
        ChildIdentifiers: [
          { LAchildID: 'A', PersonDeathDate: '2024-06-10' },
          { LAchildID: 'B', PersonDeathDate: null },
          { LAchildID: 'C', PersonDeathDate: null },
        ],
        CINdetails: [
          { LAchildID: 'A', ReasonForClosure: 'RC2' },
          { LAchildID: 'B', ReasonForClosure: 'RC2' },
          { LAchildID: 'C', ReasonForClosure: 'RC1' },
        ],
      }),
    ).toEqual(['CINdetails.ReasonForClosure[1]', 'ChildIdentifiers.PersonDeathDate[1]']);
  });
});
