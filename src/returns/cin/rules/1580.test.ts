import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './1580.ts';

const rule = versions[0]!;

describe('CIN rule 1580 (LA child ID characters)', () => {
  it('flags anything but letters and digits', () => {
    expect(
      flags(rule, {
        ChildIdentifiers: [
          { LAchildID: 'Abc123' },
          { LAchildID: 'ABC-123' },
          { LAchildID: 'ABC 123' },
          { LAchildID: 'ABC;' },
          { LAchildID: 'Ünïcode' },
          { LAchildID: null },
        ],
      }),
    ).toEqual([
      'ChildIdentifiers.LAchildID[1]',
      'ChildIdentifiers.LAchildID[2]',
      'ChildIdentifiers.LAchildID[3]',
      'ChildIdentifiers.LAchildID[4]',
    ]);
  });
});
