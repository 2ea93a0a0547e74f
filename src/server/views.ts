/** Nunjucks with GOV.UK Frontend's templates and macros on the search path; autoescape on. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nunjucks from 'nunjucks';
import { sourcePath } from '../core/paths.ts';

const require = createRequire(import.meta.url);
export const GOVUK_DIST = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist');
const VIEWS = sourcePath('server', 'views');

export function createViews(): nunjucks.Environment {
  const env = new nunjucks.Environment(
    new nunjucks.FileSystemLoader([VIEWS, GOVUK_DIST], { noCache: false }),
    {
      autoescape: true,
      throwOnUndefined: false,
    },
  );
  const number = new Intl.NumberFormat('en-GB');
  env.addFilter('number', (n: number) => number.format(n));
  env.addFilter('date', (iso: string | null) => {
    if (!iso) return '';
    const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
    return new Date(Date.UTC(y as number, (m as number) - 1, d)).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
  });
  return env;
}
