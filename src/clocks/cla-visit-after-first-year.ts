/**
 * Row 15: statutory visits after a placement's first year, at most 3 months apart when the placement is
 * long-term (intended to last until 18), otherwise 6 weeks (chain in cla-visit-chain.ts).
 */
import type { Clock } from './clock.ts';
import { CLA_VISIT_LATER, claVisitChain } from './support/cla-visit-chain.ts';

export const clock: Clock = {
  id: CLA_VISIT_LATER,
  title: 'Visits after the first year of a placement (3 months if long-term, else 6 weeks)',
  source: 'timescales.md row 15; CPPCR 2010 reg 28(2)(c)',
  basis: 'S',
  evaluate: (record, asAt) => claVisitChain(record, asAt).filter((o) => o.kind === CLA_VISIT_LATER),
};
