import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './SW01STG1.ts';

const rule = versions[0]!;

describe('903 rule SW01STG1 (looked after on 31 March without social worker information)', () => {
  it('reports open episodes of children with missing or incomplete social worker episodes', () => {
    const flags = runRule(rule, {
      SWEpisodes: [
        { CHILD: 'c1', SW_ID: null, SW_DECOM: '01/01/2024', SW_REASON: 'OTHERS' },
        { CHILD: 'c2', SW_ID: 'SW1', SW_DECOM: '01/01/2024', SW_REASON: 'OTHERS' },
        { CHILD: 'c3', SW_ID: 'SW1', SW_DECOM: '01/01/2024', SW_REASON: null },
        { CHILD: 'c4', SW_ID: 'SW1', SW_DECOM: '01/01/2024', SW_REASON: null },
      ],
      Episodes: [
        { CHILD: 'c1', DEC: null, LS: 'C2' },
        { CHILD: 'c2', DEC: null, LS: 'C2' },
        { CHILD: 'c3', DEC: '01/01/2024', LS: 'C2' },
        { CHILD: 'c4', DEC: null, LS: 'V4' },
        { CHILD: 'c5', DEC: null, LS: 'C2' },
      ],
    });
    expect(flags).toEqual({ Episodes: [0, 4], SWEpisodes: [0] });
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, { SWEpisodes: [] })).toBeUndefined();
  });
});
