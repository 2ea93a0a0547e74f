/** The collection years the DfE CIN census rulesets cover (cheap: no rule is loaded). */
import rulesets from './rulesets.json' with { type: 'json' };

export const COLLECTION_YEARS_CIN: readonly string[] = Object.keys(rulesets.years).sort();
