// Flags child protection plans with no end date that share a child and a CPPID with another open plan.
import { col, dates, Flags, groupPositionsBy, ids } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8935',
    definedIn: 'cin2022_23',
    message: 'This child is showing more than one open Child Protection plan, i.e. with no End Date',
    affectedFields: ['CPPendDate'],
    module: 'ChildProtectionPlans',
    ruleType: 'Error',
    validate(ctx) {
      if (!ctx.tables.ChildProtectionPlans) return undefined;
      // The DfE rule allows one open plan per child. The sector's validator counts open plans per
      // child AND CPPID, and its recorded case requires that (a child with two open plans under
      // CPPID1 and a third under CPPID2 has only the CPPID1 pair flagged), so kith groups the same
      // way. Because the ingress numbers CPPID 1, 2, ... within each CIN episode, this catches open
      // plans in different episodes with the same ordinal but misses two open plans in one episode.
      const ended = dates(ctx, 'ChildProtectionPlans', 'CPPendDate');
      const child = ids(ctx, 'ChildProtectionPlans', 'child');
      const planId = col(ctx, 'ChildProtectionPlans', 'CPPID');
      const open = groupPositionsBy(
        Array.from(child, (c, i) => (ended[i] == null ? `${c}\u0000${planId[i] ?? ''}` : null)),
      );
      const flags = new Flags();
      for (const rows of open.values()) {
        if (rows.length > 1) for (const i of rows) flags.add('ChildProtectionPlans', 'CPPendDate', i);
      }
      return flags.result();
    },
  }),
];
