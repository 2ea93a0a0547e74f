// This year's first episode must repeat the PLACE of last year's final episode if that was still open.
import { differsFromLastYear } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

/** 2024/25: semi-independent accommodation H5 became K3 (supported accommodation). */
const H5_TO_K3 = (last: string | null, now: string | null) => last === 'H5' && now === 'K3';
/** 2025/26: "other placement" Z1 was split into Z11 to Z14. */
const Z1_SPLIT: ReadonlySet<string> = new Set(['Z11', 'Z12', 'Z13', 'Z14']);
const Z1_TO_Z1X = (last: string | null, now: string | null) =>
  last === 'Z1' && now !== null && Z1_SPLIT.has(now);

export const versions = [
  defineRule({
    code: '503D',
    definedIn: 'lac2022_23',
    message: 'The placement type in the first episode does not match open episode at end of last year',
    affectedFields: ['PLACE'],
    tables: ['Episodes', 'Episodes_last'],
    validate: (ctx) => differsFromLastYear(ctx, 'PLACE'),
  }),
  defineRule({
    code: '503D',
    definedIn: 'lac2024_25',
    message: 'The placement type in the first episode does not match open episode at end of last year',
    affectedFields: ['PLACE'],
    tables: ['Episodes'],
    validate: (ctx) => differsFromLastYear(ctx, 'PLACE', H5_TO_K3),
  }),
  defineRule({
    code: '503D',
    definedIn: 'lac2025_26',
    message: 'The placement type in the first episode does not match open episode at end of last year',
    affectedFields: ['PLACE'],
    tables: ['Episodes'],
    validate: (ctx) => differsFromLastYear(ctx, 'PLACE', Z1_TO_Z1X),
  }),
];
