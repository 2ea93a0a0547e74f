import { ETHNICITY } from '../lib/codes.ts';
import { Flags, str } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '4220',
    definedIn: 'cin2022_23',
    message: 'Ethnicity is missing or invalid (see Ethnicity table)',
    affectedFields: ['Ethnicity'],
    module: 'ChildCharacteristics',
    ruleType: 'Error',
    validate({ tables }) {
      const cc = tables.ChildCharacteristics;
      if (!cc) return undefined;
      const flags = new Flags();
      cc.rows.forEach((row, i) => {
        if (!ETHNICITY.has(str(row, 'Ethnicity') ?? '')) flags.add('ChildCharacteristics', 'Ethnicity', i);
      });
      return flags.result();
    },
  }),
];
