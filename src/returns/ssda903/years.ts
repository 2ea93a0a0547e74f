/** The collection years the DfE SSDA903 rulesets cover (cheap: no rule is loaded). */
import rulesets from './rulesets.json' with { type: 'json' };

export const COLLECTION_YEARS_903: readonly string[] = Object.keys(rulesets.years).sort();
