import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './1570.ts';

const rule = versions[0]!;

describe('CIN rule 1570 (LA child ID length)', () => {
  it('allows 20 characters and flags 21', () => {
    expect(
      flags(rule, {
        ChildIdentifiers: [{ LAchildID: 'X'.repeat(20) }, { LAchildID: 'X'.repeat(21) }, { LAchildID: null }],
      }),
    ).toEqual(['ChildIdentifiers.LAchildID[1]']);
  });
  it('needs ChildIdentifiers', () => {
    expect(flags(rule, {})).toBeUndefined();
  });
});
