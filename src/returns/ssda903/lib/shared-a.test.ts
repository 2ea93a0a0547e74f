import { describe, expect, it } from 'vitest';
import { metaFor } from '../meta.ts';
import { tablesOf } from '../testing.ts';
import { codeSet, continuouslyLookedAfter, invalidCode, uascFlags } from './shared-a.ts';

const ctxOf = (input: Parameters<typeof tablesOf>[0]) => ({
  tables: tablesOf(input),
  meta: metaFor('2026', null),
  memo: new Map<string, unknown>(),
});

describe('903 group-a shared helpers', () => {
  it('derives the children looked after continuously for 12 months at 31 March', () => {
    const ep = (
      CHILD: string,
      DECOM: string,
      DEC: string | null,
      RNE: string,
      REC: string | null,
      LS = 'C2',
    ) => ({
      CHILD,
      DECOM,
      DEC,
      RNE,
      REC,
      LS,
    });
    const ctx = ctxOf({
      Episodes: [
        ep('stays', '01/01/2024', null, 'S', null),
        ep('enters', '02/04/2025', null, 'S', null),
        ep('enters-1-april', '01/04/2025', null, 'S', null),
        ep('leaves', '01/01/2024', '30/03/2026', 'S', 'E13'),
        ep('leaves-31-march', '01/01/2024', '31/03/2026', 'S', 'E13'),
        ep('moves', '01/01/2024', '01/06/2025', 'S', 'X1'),
        ep('moves', '01/06/2025', null, 'P', null),
        ep('short-break', '01/01/2024', null, 'S', null, 'V3'),
        ep('gone', '01/01/2023', '01/01/2024', 'S', 'E13'),
      ],
    });
    expect([...continuouslyLookedAfter(ctx)].sort()).toEqual([
      'enters-1-april',
      'leaves-31-march',
      'moves',
      'stays',
    ]);
  });
  it('reads UASC flags from the Header, or derives them from the UASC table', () => {
    const withHeader = ctxOf({
      Header: [{ CHILD: 'A', UASC: '1' }],
      UASC: [{ CHILD: 'A', DOB: '01/01/2010' }],
    });
    expect(uascFlags(withHeader, 'Header', 'UASC')?.flagsOf('A')).toEqual([{ uasc: '1', pos: 0 }]);
    const derived = ctxOf({
      UASC: [
        { CHILD: 'A', DOB: '01/01/2010', DUC: null },
        { CHILD: 'B', DOB: null, DUC: '1' },
      ],
    });
    const flags = uascFlags(derived, 'Header', 'UASC');
    expect(flags?.fromHeader).toBe(false);
    expect([flags?.flagAt(0), flags?.flagAt(1)]).toEqual(['0', '1']);
    expect(uascFlags(ctxOf({ Header: [{ CHILD: 'A' }] }), 'Header', 'UASC')).toBeUndefined();
  });
  it('builds code-list checks and splits Ofsted code lists', () => {
    const check = invalidCode('Episodes', 'LS', ['C2'], true);
    expect(check(ctxOf({ Episodes: [{ LS: 'C2' }, { LS: null }, { LS: '' }, { LS: 'c2' }] }))).toEqual({
      Episodes: [2, 3],
    });
    expect([...codeSet('K2,R1')]).toEqual(['K2', 'R1']);
  });
});
