import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './4008.ts';

const rule = versions[0]!;

describe('CIN rule 4008 (CIN plan starting after the date of death)', () => {
  it('flags a plan date the day after death, not on the day', () => {
    expect(
      flags(rule, {
        ChildIdentifiers: [
          { LAchildID: 'A', PersonDeathDate: '2024-06-10' },
          { LAchildID: 'B', PersonDeathDate: '2024-06-10' },
          { LAchildID: 'C', PersonDeathDate: null },
        ],
        CINplanDates: [
          { LAchildID: 'A', CINPlanStartDate: '2024-06-11' },
          { LAchildID: 'B', CINPlanStartDate: '2024-06-10' },
          { LAchildID: 'C', CINPlanStartDate: '2024-06-11' },
          { LAchildID: 'A', CINPlanStartDate: null },
        ],
      }),
    ).toEqual(['CINplanDates.CINPlanStartDate[0]', 'ChildIdentifiers.PersonDeathDate[0]']);
  });
  it('needs both tables', () => {
    expect(flags(rule, { CINplanDates: [] })).toBeUndefined();
  });
});
