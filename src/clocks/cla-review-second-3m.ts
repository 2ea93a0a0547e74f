/** Row 11: the second looked-after review within 3 months of the first (chain in cla-review-chain.ts). */
import type { Clock } from './clock.ts';
import { CLA_REVIEW_SECOND, claReviewChain } from './support/cla-review-chain.ts';

export const clock: Clock = {
  id: CLA_REVIEW_SECOND,
  title: 'Second looked-after review within 3 months of the first',
  source: 'timescales.md row 11; CPPCR 2010 reg 33(2); 903 REVIEW dates',
  basis: 'S',
  evaluate: (record, asAt) => claReviewChain(record, asAt).filter((o) => o.kind === CLA_REVIEW_SECOND),
};
