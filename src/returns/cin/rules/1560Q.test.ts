import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './1560Q.ts';

const rule = versions[0]!;
const formers = (...list: (string | null)[]) => ({
  ChildIdentifiers: list.map((FormerUPN) => ({ FormerUPN })),
});

describe('CIN rule 1560Q (former UPN format)', () => {
  it('accepts a full or temporary UPN and flags other shapes', () => {
    expect(
      flags(
        rule,
        formers('X987654321231', 'X98765432123A', null, 'X0000y0000007', 'X98721238', '1987654321231'),
      ),
    ).toEqual([
      'ChildIdentifiers.FormerUPN[3]',
      'ChildIdentifiers.FormerUPN[4]',
      'ChildIdentifiers.FormerUPN[5]',
    ]);
  });
  it('flags a temporary UPN ending in I, O or S', () => {
    expect(flags(rule, formers('X98765432123S'))).toEqual(['ChildIdentifiers.FormerUPN[0]']);
  });
});
