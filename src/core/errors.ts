/**
 * One typed error vocabulary for every transport. Each error carries a message for the person who
 * caused it (`userMessage`, plus `details` such as "row 12, column DECOM: not a date") and maps to an
 * HTTP status and a CLI exit code. Internal messages never contain personal data (ids only).
 */
export abstract class KithError extends Error {
  abstract readonly status: number;
  abstract readonly exitCode: number;
  readonly details: readonly string[];
  constructor(
    readonly userMessage: string,
    details: readonly string[] = [],
  ) {
    super(userMessage);
    this.name = new.target.name;
    this.details = details;
  }
}

/** One problem with one field of an input: the field's path, and what is wrong or would be valid. */
export interface FieldIssue {
  readonly field: string;
  readonly message: string;
  /** Row or line number (1-based) in a file, when the input came from one. */
  readonly row?: number;
}

export class ValidationError extends KithError {
  readonly status = 400;
  readonly exitCode = 3;
  constructor(
    userMessage: string,
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(
      userMessage,
      issues.map((i) => `${i.row !== undefined ? `row ${i.row}, ` : ''}${i.field}: ${i.message}`),
    );
  }
}

export class NotFoundError extends KithError {
  readonly status = 404;
  readonly exitCode = 3;
}

export class ConflictError extends KithError {
  readonly status = 409;
  readonly exitCode = 4;
}

export class AuthorisationError extends KithError {
  readonly status = 403;
  readonly exitCode = 5;
}

export class AuthenticationError extends KithError {
  readonly status = 401;
  readonly exitCode = 5;
}

/** The environment is not as required (a locked data directory, a missing file). */
export class ConfigurationError extends KithError {
  readonly status = 500;
  readonly exitCode = 2;
}
