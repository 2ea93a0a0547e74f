import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './100.ts';

const rule = versions[0]!;

describe('CIN rule 100 (reference date)', () => {
  it('accepts 31 March of the header year and flags anything else', () => {
    expect(
      flags(rule, {
        Header: [
          { Year: '2025', ReferenceDate: '2025-03-31' },
          { Year: '2025', ReferenceDate: '2025-03-30' },
          { Year: '2025', ReferenceDate: '2024-03-31' },
          { Year: '2025', ReferenceDate: null },
          { Year: '2025', ReferenceDate: '31/03/2025' },
        ],
      }),
    ).toEqual([
      'Header.ReferenceDate[1]',
      'Header.ReferenceDate[2]',
      'Header.ReferenceDate[3]',
      'Header.ReferenceDate[4]',
    ]);
  });
  it('without a usable Year, still requires a 31 March date', () => {
    expect(
      flags(rule, {
        Header: [
          { Year: null, ReferenceDate: '2024-03-31' },
          { Year: 'x', ReferenceDate: '2024-04-01' },
        ],
      }),
    ).toEqual(['Header.ReferenceDate[1]']);
  });
  it('needs the Header table', () => {
    expect(flags(rule, {})).toBeUndefined();
  });
});
