/**
 * Shared by the adoption scorecard clocks (rows 28-29). The adoption fact's `placedDate` is read as the
 * day the child moved in with the prospective adopters (as the demo generator writes it), and
 * `placedCeasedDate` with a reason other than RD1 ("child adopted") as the day the adoption plan stopped
 * (903 PlacedAdoption REASON_PLACED_CEASED), after which the scorecard timescales no longer apply.
 */
import type { IsoDate } from '../../core/day.ts';
import type { Adoption, ChildRecord } from '../../record/facts.ts';
import { earliest } from '../obligation.ts';

export function adoptionCeased(record: ChildRecord, a: Adoption, periodEnd: IsoDate | null): IsoDate | null {
  const planStopped =
    a.placedCeasedReason !== null && a.placedCeasedReason !== 'RD1' ? a.placedCeasedDate : null;
  return earliest(planStopped, periodEnd, record.person.dateOfDeath);
}
