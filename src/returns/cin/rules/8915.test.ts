import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8915.ts';

describe('CIN rule 8915 (plan starts after the child’s death)', () => {
  it('flags a plan starting the day after death, not on the day', () => {
    expect(
      flagged(versions[0]!, {
        ChildProtectionPlans: [
          { LAchildID: 'a', CPPstartDate: '2024-06-04' },
          { LAchildID: 'b', CPPstartDate: '2024-06-03' },
          { LAchildID: 'c', CPPstartDate: '2024-06-04' },
        ],
        ChildIdentifiers: [
          { LAchildID: 'a', PersonDeathDate: '2024-06-03' },
          { LAchildID: 'b', PersonDeathDate: '2024-06-03' },
          { LAchildID: 'c', PersonDeathDate: null },
        ],
      }),
    ).toEqual(['ChildIdentifiers.PersonDeathDate[0]', 'ChildProtectionPlans.CPPstartDate[0]']);
  });
  it('needs the ChildIdentifiers table', () => {
    expect(flagged(versions[0]!, { ChildProtectionPlans: [] })).toBeUndefined();
  });
});
