import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './8535Q.ts';

const rule = versions[0]!;

describe('CIN rule 8535Q (death before birth)', () => {
  it('flags a death the day before birth, or with no birth date', () => {
    expect(
      flags(rule, {
        ChildIdentifiers: [
          { PersonDeathDate: '2024-05-26', PersonBirthDate: '2024-05-26' },
          { PersonDeathDate: '2024-05-25', PersonBirthDate: '2024-05-26' },
          { PersonDeathDate: '2024-05-26', PersonBirthDate: null },
          { PersonDeathDate: null, PersonBirthDate: null },
        ],
      }),
    ).toEqual([
      'ChildIdentifiers.PersonBirthDate[1]',
      'ChildIdentifiers.PersonBirthDate[2]',
      'ChildIdentifiers.PersonDeathDate[1]',
      'ChildIdentifiers.PersonDeathDate[2]',
    ]);
  });
});
