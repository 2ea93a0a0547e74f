// A young person whose care ended because they died (REC = E2, this year or last) must not be in OC3.

import type { Table } from '../../common/table.ts';
import { cell, flagRows, mergeKey } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

function diedIn(t: Table | undefined, into: Set<string>): void {
  for (const row of t?.rows ?? []) if (cell(row, 'REC')?.toUpperCase() === 'E2') into.add(mergeKey(row));
}

export const versions = [
  defineRule({
    code: '1000',
    definedIn: 'lac2022_23',
    message:
      'This child is recorded as having died in care and therefore should not have the care leaver ' +
      'information completed. [NOTE: This only tests the current and previous year data loaded into the ' +
      'tool]',
    affectedFields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
    tables: ['Episodes', 'OC3'],
    validate({ tables }) {
      const { Episodes: episodes, OC3: oc3 } = tables;
      if (!episodes || !oc3) return undefined;
      const died = new Set<string>();
      diedIn(episodes, died);
      diedIn(tables.Episodes_last, died);
      return { OC3: flagRows(oc3, (row) => died.has(mergeKey(row))) };
    },
  }),
];
