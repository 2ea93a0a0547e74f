// The header's ReferenceDate must be present and be 31 March of the collection year (Header Year).
// Reads only the Header, so it runs once, not per batch of children.
import { dayToIso } from '../../../core/day.ts';
import { ymd } from '../../common/dates.ts';
import { day, Flags, str } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '100',
    definedIn: 'cin2022_23',
    message: 'Reference Date is incorrect',
    affectedFields: ['ReferenceDate'],
    module: 'Header',
    ruleType: 'Error',
    scope: 'header',
    validate({ tables }) {
      const header = tables.Header;
      if (!header) return undefined;
      const flags = new Flags();
      header.rows.forEach((row, i) => {
        const ref = day(row, 'ReferenceDate');
        const year = str(row, 'Year');
        const expected = year !== null && /^\d{4}$/.test(year) ? ymd(`${year}-03-31`) : null;
        // Without a usable Year the date can still be checked for being a 31 March.
        const ok = ref !== null && (expected !== null ? ref === expected : dayToIso(ref).endsWith('-03-31'));
        if (!ok) flags.add('Header', 'ReferenceDate', i);
      });
      return flags.result();
    },
  }),
];
