import { text } from '../../common/table.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
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
    validate(ctx) {
      if (!ctx.tables.Header) return undefined;
      const ethnic = column(ctx, 'Header', 'ETHNIC');
      return {
        Header: flagWhere(rowCount(ctx, 'Header'), (i) => {
          const v = text(ethnic[i]);
          return v === null || !ETHNIC.has(v);
        }),
      };
    },
  }),
];
