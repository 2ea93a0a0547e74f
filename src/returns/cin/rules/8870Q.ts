// Queries a target date for the initial child protection conference that falls on a weekend.
import { type DayNumber, isoToDay } from '../../../core/day.ts';
import { ymd } from '../../common/dates.ts';
import { col, Flags, isWeekend } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

/**
 * InitialCPCtarget has no "date" in its name, so the tables keep it as text. The XML carries
 * YYYY-MM-DD; the sector's validator parses only DD-MM-YYYY (so it never fires on real files, see
 * shared/reference/cin/notes.md) and its recorded case uses that form. kith reads both.
 */
function targetDay(v: string | null): DayNumber | null {
  if (v === null) return null;
  const iso = ymd(v);
  if (iso !== null) return iso;
  const m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(v);
  if (!m) return null;
  return isoToDay(`${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`);
}

export const versions = [
  defineRule({
    code: '8870Q',
    definedIn: 'cin2022_23',
    message:
      'Please check and either amend or provide a reason: The Target Date for Initial Child Protection ' +
      'Conference should not be a weekend',
    affectedFields: ['InitialCPCtarget'],
    module: 'Section47',
    ruleType: 'Query',
    validate(ctx) {
      const n = ctx.tables.Section47?.rows.length;
      if (n === undefined) return undefined;
      const target = col(ctx, 'Section47', 'InitialCPCtarget');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const day = targetDay(target[i] ?? null);
        if (day !== null && isWeekend(day)) flags.add('Section47', 'InitialCPCtarget', i);
      }
      return flags.result();
    },
  }),
];
