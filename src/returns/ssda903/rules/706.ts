// A DoLO still open at the end of last year's return must appear again this year with the same start date.
// The rows reported are last year's open DoLOs (DoLo_last), as this year has no row to point at.
import { dmy } from '../../common/dates.ts';
import type { Row } from '../../common/table.ts';
import { cell, flagRows, mergeKey, present } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

function startKey(row: Row): string {
  const raw = cell(row, 'DOLO_START');
  const day = dmy(raw);
  return `${mergeKey(row)}|${day === null ? `raw:${raw ?? ''}` : day}`;
}

export const versions = [
  defineRule({
    code: '706',
    definedIn: 'lac2026_27',
    message:
      'There is an open DoLO in last year’s return and there is no corresponding DoLO recorded at the ' +
      'start of this year..',
    affectedFields: ['DOLO_START'],
    tables: ['DoLo', 'DoLo_last'],
    validate({ tables }) {
      const { DoLo: dolo, DoLo_last: last } = tables;
      if (!dolo || !last) return undefined;
      const thisYear = new Set(dolo.rows.map(startKey));
      return {
        DoLo_last: flagRows(last, (row) => !present(row, 'DOLO_END') && !thisYear.has(startKey(row))),
      };
    },
  }),
];
