// A child's child protection plans must not overlap: no plan may start on or between another plan's
// start and end dates (or the reference date, when the other plan is still open).
import { dates, Flags, groups } from '../lib/derived.ts';
import { overlaps, type Span } from '../lib/rows-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8940',
    definedIn: 'cin2022_23',
    message: 'Child Protection Plan data contains overlapping dates',
    affectedFields: ['CPPstartDate', 'CPPendDate'],
    module: 'ChildProtectionPlans',
    ruleType: 'Error',
    validate(ctx) {
      if (!ctx.tables.ChildProtectionPlans) return undefined;
      const started = dates(ctx, 'ChildProtectionPlans', 'CPPstartDate');
      const ended = dates(ctx, 'ChildProtectionPlans', 'CPPendDate');
      const flags = new Flags();
      for (const rows of groups(ctx, 'ChildProtectionPlans', 'child')) {
        if (!rows || rows.length < 2) continue;
        const spans: Span[] = [];
        for (const i of rows) {
          const start = started[i];
          if (start != null) spans.push({ row: i, start, end: ended[i] ?? ctx.meta.referenceDate });
        }
        // Plans are told apart by row, not CPPID as in the sector's validator: CPPID restarts at 1
        // in each CIN episode, so two plans of one child can share it.
        const { hosts, guests } = overlaps(spans, true);
        for (const i of guests) flags.add('ChildProtectionPlans', 'CPPstartDate', i);
        for (const i of hosts) flags.add('ChildProtectionPlans', ['CPPstartDate', 'CPPendDate'], i);
      }
      return flags.result();
    },
  }),
];
