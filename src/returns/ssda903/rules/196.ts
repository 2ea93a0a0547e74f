// SDQ_REASON, when given, must be SDQ1-SDQ5.
import { invalidCode } from '../lib/shared-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '196',
    definedIn: 'lac2022_23',
    message: 'Strengths and Difficulties (SDQ) reason is not a valid code.',
    affectedFields: ['SDQ_REASON'],
    tables: ['OC2'],
    validate: invalidCode('OC2', 'SDQ_REASON', ['SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5'], true),
  }),
];
