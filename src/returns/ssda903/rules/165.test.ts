import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './165.ts';

// Collection year 2025/26 (1 April 2025 - 31 March 2026).
describe('903 rule 165 (mother status)', () => {
  it('checks MOTHER against sex, episodes in the year and care leaver data', () => {
    const flags = runRule(versions[0]!, {
      Header: [
        { CHILD: 'A', SEX: 'F', MOTHER: '0' },
        { CHILD: 'B', SEX: 'F', MOTHER: null },
        { CHILD: 'C', SEX: 'M', MOTHER: '0' },
        { CHILD: 'D', SEX: 'F', MOTHER: '2' },
        { CHILD: 'E', SEX: 'F', MOTHER: null },
        { CHILD: 'F', SEX: 'F', MOTHER: '1' },
        { CHILD: 'G', SEX: '2', MOTHER: null },
      ],
      Episodes: [
        { CHILD: 'A', DECOM: '01/01/2025', DEC: null, LS: 'C2' },
        { CHILD: 'B', DECOM: '01/01/2025', DEC: '01/04/2025', LS: 'C2' },
        { CHILD: 'C', DECOM: '01/01/2025', DEC: null, LS: 'C2' },
        { CHILD: 'D', DECOM: '01/01/2025', DEC: null, LS: 'C2' },
        { CHILD: 'E', DECOM: '01/01/2025', DEC: '31/03/2025', LS: 'C2' },
        { CHILD: 'F', DECOM: '01/01/2024', DEC: '31/03/2025', LS: 'C2' },
        { CHILD: 'G', DECOM: '01/06/2025', DEC: null, LS: 'V3' },
      ],
      OC3: [
        { CHILD: 'B', IN_TOUCH: null, ACTIV: null, ACCOM: null },
        { CHILD: 'F', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
      ],
    });
    expect(flags?.Header).toEqual([1, 2, 3, 5]);
    expect(flags?.OC3).toEqual([0, 1]);
  });
});
