/** Row 12: later looked-after reviews, each within 6 months (chain in cla-review-chain.ts). */
import type { Clock } from './clock.ts';
import { CLA_REVIEW_LATER, claReviewChain } from './support/cla-review-chain.ts';

export const clock: Clock = {
  id: CLA_REVIEW_LATER,
  title: 'Looked-after reviews every 6 months after the second',
  source: 'timescales.md row 12; CPPCR 2010 reg 33(2)-(3); 903 REVIEW dates',
  basis: 'S',
  evaluate: (record, asAt) => claReviewChain(record, asAt).filter((o) => o.kind === CLA_REVIEW_LATER),
};
