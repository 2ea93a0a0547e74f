import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './2991Q.ts';

const rule = versions[0]!;

describe('CIN rule 2991Q (S47 with no assessment in the episode)', () => {
  it('flags a Section47 module whose episode has no assessment', () => {
    expect(
      flags(rule, {
        Section47: [
          { LAchildID: 'A', CINdetailsID: '1' },
          { LAchildID: 'A', CINdetailsID: '2' },
          { LAchildID: 'B', CINdetailsID: '1' },
        ],
        Assessments: [
          { LAchildID: 'A', CINdetailsID: '1' },
          { LAchildID: 'B', CINdetailsID: '2' },
        ],
      }),
    ).toEqual(['Section47.LAchildID[1]', 'Section47.LAchildID[2]']);
  });
  it('needs both tables', () => {
    expect(flags(rule, { Section47: [] })).toBeUndefined();
  });
});
