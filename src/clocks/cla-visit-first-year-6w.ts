/** Row 14: visits at most 6 weeks apart in a placement's first year (chain in cla-visit-chain.ts). */
import type { Clock } from './clock.ts';
import { CLA_VISIT_FIRST_YEAR, claVisitChain } from './support/cla-visit-chain.ts';

export const clock: Clock = {
  id: CLA_VISIT_FIRST_YEAR,
  title: 'Visits at most 6 weeks apart in the first year of a placement',
  source: 'timescales.md row 14; CPPCR 2010 reg 28(2)(b)',
  basis: 'S',
  evaluate: (record, asAt) => claVisitChain(record, asAt).filter((o) => o.kind === CLA_VISIT_FIRST_YEAR),
};
