import { text } from '../../common/table.ts';
import { defineRule } from '../rule.ts';

const ETHNIC = new Set([
  'ABAN',
  'AIND',
  'AOTH',
  'APKN',
  'BAFR',
  'BCRB',
  'BOTH',
  'CHNE',
  'MOTH',
  'MWAS',
  'MWBA',
  'MWBC',
  'NOBT',
  'OOTH',
  'REFU',
  'WBRI',
  'WIRI',
  'WIRT',
  'WOTH',
  'WROM',
]);

export const versions = [
  defineRule({
    code: '103',
    definedIn: 'lac2022_23',
    message: 'The ethnicity code is either not valid or has not been entered.',
    affectedFields: ['ETHNIC'],
    tables: ['Header'],
    validate({ tables }) {
      const header = tables.Header;
      if (!header) return undefined;
      const flagged: number[] = [];
      header.rows.forEach((row, i) => {
        const v = text(row.ETHNIC);
        if (v === null || !ETHNIC.has(v)) flagged.push(i);
      });
      return { Header: flagged };
    },
  }),
];
