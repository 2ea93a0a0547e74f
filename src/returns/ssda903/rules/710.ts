// During a DoLO (both dates given), no overlapping episode may be placed in K1, P1, R5 or K3.
import { doloPlacementClash } from '../lib/dolo-d.ts';
import { defineRule } from '../rule.ts';

const BARRED = new Set(['K1', 'P1', 'R5', 'K3']);

export const versions = [
  defineRule({
    code: '710',
    definedIn: 'lac2026_27',
    message:
      "Child with a DoLO can not be placed in secure children's homes, with parents, young offender " +
      'institutions, or supported accommodation.',
    affectedFields: ['DOLO_START', 'PLACEMENT'],
    tables: ['DoLo', 'Episodes'],
    validate: (ctx) => doloPlacementClash(ctx, (place) => place !== null && BARRED.has(place)),
  }),
];
