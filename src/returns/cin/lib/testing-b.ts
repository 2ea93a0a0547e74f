/**
 * Test helpers for the group b CIN rules, under the names their tests use: the same helpers as
 * testing-a.ts (a context from plain rows; what a rule flags as sorted `Table.Field[row]` labels).
 */
export { flags as flagged, type Rows as TestTables, tablesFrom as tablesOf } from './testing-a.ts';
