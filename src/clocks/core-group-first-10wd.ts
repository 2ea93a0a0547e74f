/** Row 7: the first core group meeting within 10 working days of the initial child protection conference. */
import type { Clock } from './clock.ts';
import { CORE_GROUP_FIRST, coreGroupChain } from './support/core-group-chain.ts';

export const clock: Clock = {
  id: CORE_GROUP_FIRST,
  title: 'First core group within 10 working days of the initial conference',
  source:
    'timescales.md row 7; Working Together (from 2013 onwards); LSCP procedures (e.g. Medway, Newcastle)',
  basis: 'G',
  evaluate: (record, asAt, settings) =>
    coreGroupChain(record, asAt, settings).filter((o) => o.kind === CORE_GROUP_FIRST),
};
