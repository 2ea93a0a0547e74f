/** Row 13: a statutory visit within 1 week of the start of any placement (chain in cla-visit-chain.ts). */
import type { Clock } from './clock.ts';
import { CLA_VISIT_NEW, claVisitChain } from './support/cla-visit-chain.ts';

export const clock: Clock = {
  id: CLA_VISIT_NEW,
  title: 'Visit within 1 week of a new placement',
  source: 'timescales.md row 13; CPPCR 2010 reg 28(2)(a)',
  basis: 'S',
  evaluate: (record, asAt) => claVisitChain(record, asAt).filter((o) => o.kind === CLA_VISIT_NEW),
};
