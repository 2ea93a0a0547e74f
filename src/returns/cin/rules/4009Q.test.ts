import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './4009Q.ts';

const rule = versions[0]!;

describe('CIN rule 4009Q (CIN plan ending after the date of death)', () => {
  it('flags a plan date the day after death, not on the day', () => {
    expect(
      flags(rule, {
        ChildIdentifiers: [
          { LAchildID: 'A', PersonDeathDate: '2024-06-10' },
          { LAchildID: 'B', PersonDeathDate: '2024-06-10' },
          { LAchildID: 'C', PersonDeathDate: null },
        ],
        CINplanDates: [
          { LAchildID: 'A', CINPlanEndDate: '2024-06-11' },
          { LAchildID: 'B', CINPlanEndDate: '2024-06-10' },
          { LAchildID: 'C', CINPlanEndDate: '2024-06-11' },
          { LAchildID: 'A', CINPlanEndDate: null },
        ],
      }),
    ).toEqual(['CINplanDates.CINPlanEndDate[0]', 'ChildIdentifiers.PersonDeathDate[0]']);
  });
  it('needs both tables', () => {
    expect(flags(rule, { CINplanDates: [] })).toBeUndefined();
  });
});
