// Characters 2-4 of a UPN must be an LA code or a recognised pseudo-LA code; 2023/24 added the
// codes of Cumberland (942) and Westmorland and Furness (943).
import { UPN_LA_CODES_2022, UPN_LA_CODES_2023 } from '../lib/codes.ts';
import { Flags, str } from '../lib/derived.ts';
import type { Validate } from '../lib/rows-a.ts';
import { defineRule } from '../rule.ts';

function laCodeCheck(codes: ReadonlySet<string>): Validate {
  return ({ tables }) => {
    const ci = tables.ChildIdentifiers;
    if (!ci) return undefined;
    const flags = new Flags();
    ci.rows.forEach((row, i) => {
      const upn = str(row, 'UPN');
      // A UPN too short to have characters 2-4 is not judged here.
      if (upn !== null && upn.length >= 4 && !codes.has(upn.slice(1, 4)))
        flags.add('ChildIdentifiers', 'UPN', i);
    });
    return flags.result();
  };
}

const base = {
  code: '1530',
  message: 'UPN invalid (characters 2-4 not a recognised LA code)',
  affectedFields: ['UPN'],
  module: 'ChildIdentifiers',
  ruleType: 'Error',
} as const;

export const versions = [
  defineRule({ ...base, definedIn: 'cin2023_24', validate: laCodeCheck(UPN_LA_CODES_2023) }),
  defineRule({ ...base, definedIn: 'cin2022_23', validate: laCodeCheck(UPN_LA_CODES_2022) }),
];
