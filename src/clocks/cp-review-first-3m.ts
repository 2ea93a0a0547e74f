/** Row 5: the first child protection review conference within 3 calendar months of the ICPC. */
import type { Clock } from './clock.ts';
import { CP_REVIEW_FIRST, cpReviewChain } from './support/cp-review-chain.ts';

export const clock: Clock = {
  id: CP_REVIEW_FIRST,
  title: 'First child protection review within 3 months of the initial conference',
  source: 'timescales.md row 5; Working Together 2018 and 2023; CIN census CPPreviewDate',
  basis: 'G',
  evaluate: (record, asAt) => cpReviewChain(record, asAt).filter((o) => o.kind === CP_REVIEW_FIRST),
};
