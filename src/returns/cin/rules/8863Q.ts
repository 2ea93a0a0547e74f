// Queries an assessment that starts while another assessment in the same CIN episode is ongoing:
// on or after the other's start and on or before its authorisation date (or the reference date
// when the other is not authorised).
import { dates, Flags, groups } from '../lib/derived.ts';
import { overlaps, type Span } from '../lib/rows-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8863Q',
    definedIn: 'cin2022_23',
    message: 'An Assessment is shown as starting when there is another Assessment ongoing.',
    affectedFields: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'],
    module: 'Assessments',
    ruleType: 'Query',
    validate(ctx) {
      if (!ctx.tables.Assessments) return undefined;
      const started = dates(ctx, 'Assessments', 'AssessmentActualStartDate');
      const authorised = dates(ctx, 'Assessments', 'AssessmentAuthorisationDate');
      const flags = new Flags();
      for (const rows of groups(ctx, 'Assessments', 'episode')) {
        if (!rows || rows.length < 2) continue;
        const spans: Span[] = [];
        for (const i of rows) {
          const start = started[i];
          if (start != null) spans.push({ row: i, start, end: authorised[i] ?? ctx.meta.referenceDate });
        }
        // Two records with identical dates are flagged too (the sector's validator skips exact
        // duplicates; a duplicated assessment is still two assessments running at once).
        const { hosts, guests } = overlaps(spans, true);
        for (const i of guests) flags.add('Assessments', 'AssessmentActualStartDate', i);
        for (const i of hosts) {
          flags.add('Assessments', ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'], i);
        }
      }
      return flags.result();
    },
  }),
];
