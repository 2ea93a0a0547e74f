/** Row 10: the first looked-after review within 20 working days (chain in cla-review-chain.ts). */
import type { Clock } from './clock.ts';
import { CLA_REVIEW_FIRST, claReviewChain } from './support/cla-review-chain.ts';

export const clock: Clock = {
  id: CLA_REVIEW_FIRST,
  title: 'First looked-after review within 20 working days of becoming looked after',
  source: 'timescales.md row 10; CPPCR 2010 reg 33(1); 903 REVIEW dates',
  basis: 'S',
  evaluate: (record, asAt) => claReviewChain(record, asAt).filter((o) => o.kind === CLA_REVIEW_FIRST),
};
