/** Row 7a (local): later core groups, each within the council's interval (default 28 days) of the last. */
import type { Clock } from './clock.ts';
import { CORE_GROUP_LATER, coreGroupChain } from './support/core-group-chain.ts';

export const clock: Clock = {
  id: CORE_GROUP_LATER,
  title: 'Core groups at the local interval while the plan lasts',
  source: 'timescales.md row 7a; local procedures (Newcastle at least every 4 weeks, Rotherham monthly)',
  basis: 'L',
  evaluate: (record, asAt, settings) =>
    coreGroupChain(record, asAt, settings).filter((o) => o.kind === CORE_GROUP_LATER),
};
