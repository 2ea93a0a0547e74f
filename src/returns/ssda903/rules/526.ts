// Every episode except temporary (T0-T4) and "other" (Z1, later Z11-Z14) placements needs a provider.
import type { Table } from '../../common/table.ts';
import { flagRows, oneOf, present } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

const NO_PROVIDER_2023: ReadonlySet<string> = new Set(['T0', 'T1', 'T2', 'T3', 'T4', 'Z1']);
const NO_PROVIDER_2026: ReadonlySet<string> = new Set([
  'T0',
  'T1',
  'T2',
  'T3',
  'T4',
  'Z11',
  'Z12',
  'Z13',
  'Z14',
]);

function missingProvider(eps: Table, exempt: ReadonlySet<string>): number[] {
  return flagRows(eps, (row) => !oneOf(row, 'PLACE', exempt) && !present(row, 'PLACE_PROVIDER'));
}

export const versions = [
  defineRule({
    code: '526',
    definedIn: 'lac2022_23',
    message: 'Child is missing a placement provider code for at least one episode.',
    affectedFields: ['PLACE', 'PLACE_PROVIDER'],
    tables: ['Episodes'],
    validate: ({ tables }) =>
      tables.Episodes ? { Episodes: missingProvider(tables.Episodes, NO_PROVIDER_2023) } : undefined,
  }),
  defineRule({
    code: '526',
    definedIn: 'lac2025_26',
    message: 'Child is missing a placement provider code for at least one episode.',
    affectedFields: ['PLACE', 'PLACE_PROVIDER'],
    tables: ['Episodes'],
    validate: ({ tables }) =>
      tables.Episodes ? { Episodes: missingProvider(tables.Episodes, NO_PROVIDER_2026) } : undefined,
  }),
];
