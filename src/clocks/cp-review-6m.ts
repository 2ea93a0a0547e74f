/** Row 6: later child protection reviews, each within 6 months of the previous one, while the plan lasts. */
import type { Clock } from './clock.ts';
import { CP_REVIEW_LATER, cpReviewChain } from './support/cp-review-chain.ts';

export const clock: Clock = {
  id: CP_REVIEW_LATER,
  title: 'Child protection reviews every 6 months while the plan lasts',
  source: 'timescales.md row 6; Working Together 2018 and 2023; CIN census CPPreviewDate',
  basis: 'G',
  evaluate: (record, asAt) => cpReviewChain(record, asAt).filter((o) => o.kind === CP_REVIEW_LATER),
};
