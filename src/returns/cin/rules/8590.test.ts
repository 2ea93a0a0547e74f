import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './8590.ts';

const rule = versions[0]!;

describe('CIN rule 8590 (child with no CIN episode)', () => {
  it('flags a child with no CINdetails module', () => {
    expect(
      flags(rule, {
        ChildIdentifiers: [{ LAchildID: 'A' }, { LAchildID: 'B' }],
        CINdetails: [{ LAchildID: 'A' }, { LAchildID: 'C' }],
      }),
    ).toEqual(['ChildIdentifiers.LAchildID[1]']);
  });
  it('needs both tables', () => {
    expect(flags(rule, { ChildIdentifiers: [] })).toBeUndefined();
  });
});
