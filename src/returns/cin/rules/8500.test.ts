import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './8500.ts';

const rule = versions[0]!;

describe('CIN rule 8500 (LA child ID missing)', () => {
  it('flags a missing or blank ID', () => {
    expect(
      flags(rule, {
        ChildIdentifiers: [{ LAchildID: '1234' }, { LAchildID: null }, { LAchildID: '  ' }, {}],
      }),
    ).toEqual([
      'ChildIdentifiers.LAchildID[1]',
      'ChildIdentifiers.LAchildID[2]',
      'ChildIdentifiers.LAchildID[3]',
    ]);
  });
  it('needs ChildIdentifiers', () => {
    expect(flags(rule, {})).toBeUndefined();
  });
});
