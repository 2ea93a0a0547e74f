// A care leaver whose 17th birthday falls in the collection year cannot be recorded as living with former
// foster carers (ACCOM Z1 or Z2).

import type { DayNumber } from '../../../core/day.ts';
import { plusYears } from '../../common/dates.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol, mergeKeyOf } from '../lib/shared-d.ts';
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
    validate(ctx) {
      const { meta } = ctx;
      if (!ctx.tables.Header || !ctx.tables.OC3) return undefined;
      // Merge keys: a row's CHILD, or the key a missing CHILD matches by.
      const oc3Child = column(ctx, 'OC3', 'CHILD');
      const headerChild = column(ctx, 'Header', 'CHILD');
      const oc3Count = rowCount(ctx, 'OC3');
      const leavers = new Set<string>();
      for (let i = 0; i < oc3Count; i++) leavers.add(mergeKeyOf(oc3Child[i]));
      const dob = dayCol(ctx, 'Header', 'DOB');
      const seventeenth = new Map<string, (DayNumber | null)[]>();
      const headerCount = rowCount(ctx, 'Header');
      for (let i = 0; i < headerCount; i++) {
        const k = mergeKeyOf(headerChild[i]);
        if (!leavers.has(k)) continue;
        const born = dob[i] ?? null;
        const list = seventeenth.get(k) ?? [];
        list.push(born === null ? null : plusYears(born, 17));
        seventeenth.set(k, list);
      }
      const accoms = column(ctx, 'OC3', 'ACCOM');
      return {
        OC3: flagWhere(oc3Count, (i) => {
          const accom = accoms[i] ?? null;
          if (accom === null || !FOSTER.has(accom.toUpperCase())) return false;
          return (seventeenth.get(mergeKeyOf(oc3Child[i])) ?? []).some(
            (d) => d !== null && d >= meta.collectionStart && d <= meta.collectionEnd,
          );
        }),
      };
    },
  }),
];
