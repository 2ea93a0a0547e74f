// A 13-character UPN must start with the check letter computed from characters 2-13.
import { upnCheckLetter } from '../lib/codes.ts';
import { Flags, str } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '1510',
    definedIn: 'cin2022_23',
    message: 'UPN invalid (wrong check letter at character 1)',
    affectedFields: ['UPN'],
    module: 'ChildIdentifiers',
    ruleType: 'Error',
    validate({ tables }) {
      const ci = tables.ChildIdentifiers;
      if (!ci) return undefined;
      const flags = new Flags();
      ci.rows.forEach((row, i) => {
        const upn = str(row, 'UPN');
        if (upn === null) return;
        // UPNs whose other characters are malformed are left to 1530, 1540 and 1550.
        const letter = upnCheckLetter(upn);
        if (letter !== null && upn[0]?.toUpperCase() !== letter) flags.add('ChildIdentifiers', 'UPN', i);
      });
      return flags.result();
    },
  }),
];
