/**
 * The return validators as a library: what `kith 903 validate` and `kith cin validate` run, for code
 * that calls them in-process (the benchmarks load it from the bundle bin/bundle.js builds).
 */

export { validateCinReturn } from './cin/validate.ts';
export { checkSchema } from './cin/xsd.ts';
export { validate903Return } from './ssda903/validate.ts';
