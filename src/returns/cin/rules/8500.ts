import { text } from '../../common/table.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8500',
    definedIn: 'cin2022_23',
    message: 'LA Child ID missing',
    affectedFields: ['LAchildID'],
    module: 'ChildIdentifiers',
    ruleType: 'Error',
    validate({ tables }) {
      const t = tables.ChildIdentifiers;
      if (!t) return undefined;
      const locations = t.rows.flatMap((row, i) =>
        typeof row.LAchildID !== 'object' || row.LAchildID === null
          ? text(row.LAchildID as string | null) === null
            ? [{ table: 'ChildIdentifiers' as const, field: 'LAchildID', row: i }]
            : []
          : [],
      );
      return { locations };
    },
  }),
];
