// The child's sex must be a valid code: 1/2 until 2023/24, M/F/U from 2024/25 (blank is invalid).
import { invalidCode } from '../lib/shared-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '101',
    definedIn: 'lac2022_23',
    message: 'Gender code is not valid.',
    affectedFields: ['SEX'],
    tables: ['Header'],
    validate: invalidCode('Header', 'SEX', ['1', '2'], false),
  }),
  defineRule({
    code: '101',
    definedIn: 'lac2024_25',
    message: 'The child or young person’s reported sex is not valid.',
    affectedFields: ['SEX'],
    tables: ['Header'],
    validate: invalidCode('Header', 'SEX', ['M', 'F', 'U'], false),
  }),
];
