// During a DoLO (both dates given), every overlapping episode's placement should be K2, Z12 or Z13.
import { doloPlacementClash } from '../lib/dolo-d.ts';
import { defineRule } from '../rule.ts';

const EXPECTED = new Set(['K2', 'Z12', 'Z13']);

export const versions = [
  defineRule({
    code: '709',
    definedIn: 'lac2026_27',
    message: 'Child with a DoLO is in an unexpected placement type.',
    affectedFields: ['DOLO_START', 'PLACEMENT'],
    tables: ['DoLo', 'Episodes'],
    validate: (ctx) => doloPlacementClash(ctx, (place) => place === null || !EXPECTED.has(place)),
  }),
];
