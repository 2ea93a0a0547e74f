import { text } from '../../common/table.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { defineRule } from '../rule.ts';

const HEALTH_FIELDS = ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'];

export const versions = [
  defineRule({
    code: '547',
    definedIn: 'lac2022_23',
    message:
      'Any child who has health promotion information completed must also have immunisation, teeth check, ' +
      'health assessment and substance misuse problem identified fields completed.',
    affectedFields: ['HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'],
    tables: ['OC2'],
    validate(ctx) {
      if (!ctx.tables.OC2) return undefined;
      const healthCheck = column(ctx, 'OC2', 'HEALTH_CHECK');
      const health = HEALTH_FIELDS.map((f) => column(ctx, 'OC2', f));
      return {
        OC2: flagWhere(
          rowCount(ctx, 'OC2'),
          (i) => text(healthCheck[i]) === '1' && health.some((values) => (values[i] ?? null) === null),
        ),
      };
    },
  }),
];
