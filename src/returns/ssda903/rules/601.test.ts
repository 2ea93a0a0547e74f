import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './601.ts';

describe('903 rule 601 (adopted in the year but AD1 incomplete)', () => {
  const rule = versions[0]!;
  const full = {
    DATE_INT: '01/01/2025',
    DATE_MATCH: '01/02/2025',
    FOSTER_CARE: '0',
    NB_ADOPTR: '2',
    SEX_ADOPTR: 'MF',
    LS_ADOPTR: 'L11',
  };
  it('flags adoptions in the year whose AD1 record has a blank field', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: 'a', REC: 'E11', DEC: '01/04/2025' },
        { CHILD: 'b', REC: 'E12', DEC: '31/03/2026' },
        { CHILD: 'c', REC: 'E11', DEC: '31/03/2025' },
        { CHILD: 'd', REC: 'E4A', DEC: '01/05/2025' },
      ],
      AD1: [
        { CHILD: 'a', ...full, FOSTER_CARE: null },
        { CHILD: 'b', ...full },
        { CHILD: 'c', ...full, FOSTER_CARE: null },
        { CHILD: 'd', ...full, FOSTER_CARE: null },
      ],
    });
    expect(flags).toEqual({ AD1: [0], Episodes: [0] });
  });
  it('is not run without AD1', () => {
    expect(runRule(rule, { Episodes: [] })).toBeUndefined();
  });
});
