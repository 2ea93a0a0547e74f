import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './8510.ts';

const rule = versions[0]!;

describe('CIN rule 8510 (duplicate LA child ID)', () => {
  it('flags every record sharing an ID', () => {
    expect(
      flags(rule, {
        ChildIdentifiers: [
          { LAchildID: 'A' },
          { LAchildID: 'B' },
          { LAchildID: 'A' },
          { LAchildID: 'A ' },
          { LAchildID: null },
          { LAchildID: null },
        ],
      }),
    ).toEqual([
      'ChildIdentifiers.LAchildID[0]',
      'ChildIdentifiers.LAchildID[2]',
      'ChildIdentifiers.LAchildID[3]',
    ]);
  });
  it('passes unique IDs', () => {
    expect(flags(rule, { ChildIdentifiers: [{ LAchildID: 'A' }, { LAchildID: 'a' }] })).toEqual([]);
  });
});
