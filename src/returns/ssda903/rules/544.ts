import { text } from '../../common/table.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
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
    validate(ctx) {
      if (!ctx.tables.OC2) return undefined;
      const convicted = column(ctx, 'OC2', 'CONVICTED');
      const health = HEALTH_FIELDS.map((f) => column(ctx, 'OC2', f));
      return {
        OC2: flagWhere(
          rowCount(ctx, 'OC2'),
          (i) => text(convicted[i]) === '1' && health.some((values) => (values[i] ?? null) === null),
        ),
      };
    },
  }),
];
