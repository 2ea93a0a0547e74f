import { text } from '../../common/table.ts';
import { cell, flagRows, present } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

const HEALTH_FIELDS = ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'];

export const versions = [
  defineRule({
    code: '544',
    definedIn: 'lac2022_23',
    message:
      'Any child who has conviction information completed must also have immunisation, teeth check, ' +
      'health assessment and substance misuse problem identified fields completed.',
    affectedFields: ['CONVICTED', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'],
    tables: ['OC2'],
    validate({ tables }) {
      const oc2 = tables.OC2;
      if (!oc2) return undefined;
      return {
        OC2: flagRows(
          oc2,
          (row) => text(cell(row, 'CONVICTED')) === '1' && HEALTH_FIELDS.some((f) => !present(row, f)),
        ),
      };
    },
  }),
];
