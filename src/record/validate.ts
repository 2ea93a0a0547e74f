/** Parse input with a schema, or throw a ValidationError naming every field that is wrong. */
import type { z } from 'zod';
import { type FieldIssue, ValidationError } from '../core/errors.ts';

export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
  row?: number,
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((i) => ({
    field: i.path.length ? i.path.join('.') : '(whole record)',
    message: i.message,
    ...(row !== undefined ? { row } : {}),
  }));
  throw new ValidationError(
    `The ${what} could not be saved: ${issues.length} field${issues.length === 1 ? ' is' : 's are'} not valid`,
    issues,
  );
}
