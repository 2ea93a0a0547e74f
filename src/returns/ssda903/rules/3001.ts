// A care leaver whose 17th birthday falls in the collection year cannot be recorded as living with former
// foster carers (ACCOM Z1 or Z2).

import type { DayNumber } from '../../../core/day.ts';
import { dmy, plusYears } from '../../common/dates.ts';
import { cell, flagRows, mergeKey } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

const FOSTER = new Set(['Z1', 'Z2']);

export const versions = [
  defineRule({
    code: '3001',
    definedIn: 'lac2022_23',
    message:
      'Where care leavers information is being returned for a young person around their 17th birthday, the ' +
      'accommodation cannot be with their former foster carer(s).',
    affectedFields: ['REC'],
    tables: ['Header', 'OC3'],
    validate({ tables, meta }) {
      const { Header: header, OC3: oc3 } = tables;
      if (!header || !oc3) return undefined;
      const leavers = new Set(oc3.rows.map(mergeKey));
      const seventeenth = new Map<string, (DayNumber | null)[]>();
      for (const row of header.rows) {
        const k = mergeKey(row);
        if (!leavers.has(k)) continue;
        const dob = dmy(cell(row, 'DOB'));
        const list = seventeenth.get(k) ?? [];
        list.push(dob === null ? null : plusYears(dob, 17));
        seventeenth.set(k, list);
      }
      return {
        OC3: flagRows(oc3, (row) => {
          const accom = cell(row, 'ACCOM');
          if (accom === null || !FOSTER.has(accom.toUpperCase())) return false;
          return (seventeenth.get(mergeKey(row)) ?? []).some(
            (d) => d !== null && d >= meta.collectionStart && d <= meta.collectionEnd,
          );
        }),
      };
    },
  }),
];
