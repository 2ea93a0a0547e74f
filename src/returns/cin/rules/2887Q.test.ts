import { describe, expect, it } from 'vitest';
import { laFlag } from '../lib/testing-a.ts';
import { versions } from './2887Q.ts';

const rule = versions[0]!;
const codes = (...list: (string | null)[]) => ({
  Disabilities: list.map((Disability, i) => ({ LAchildID: `C${i}`, Disability })),
});

describe('CIN rule 2887Q (fewer than 8 disability codes used)', () => {
  it('fires with 7 different codes, not counting NONE, repeats or invalid codes', () => {
    expect(
      laFlag(rule, codes('MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'HEAR', 'NONE', 'X', null)),
    ).toBe(true);
  });
  it('is satisfied by 8 different codes', () => {
    expect(laFlag(rule, codes('MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'VIS'))).toBe(false);
  });
});
