/**
 * The upload form of the returns pages: its fields, the collection years offered, and the check of
 * what was sent, with the error copy in one place (GOV.UK error-message style: say what to do).
 */
import { extname } from 'node:path';
import { z } from 'zod';
import { COLLECTION_YEARS_CIN } from '../../returns/cin/registry.ts';
import { COLLECTION_YEARS_903 } from '../../returns/ssda903/registry.ts';

export type ReturnKind = 'ssda903' | 'cin';

export const RETURN_NAMES: Record<ReturnKind, string> = { ssda903: 'SSDA903', cin: 'CIN census' };

/** Field names, in the order the fields are on the page (the error summary lists errors in that order). */
export const FIELDS = ['return', 'year903', 'la', 'files903', 'previous903', 'yearCin', 'fileCin'] as const;
export type FieldName = (typeof FIELDS)[number];

/** A file received and saved in the request's temporary folder. */
export interface UploadedFile {
  readonly field: string;
  /** The file's own name, cleaned (no folders), as the person knows it. */
  readonly name: string;
  readonly path: string;
  readonly bytes: number;
}

/** What the person typed or chose, kept to fill the form again after an error (never file contents). */
export interface FormValues {
  readonly return?: string;
  readonly year903?: string;
  readonly la?: string;
  readonly yearCin?: string;
}

export interface FieldError {
  readonly field: FieldName;
  readonly text: string;
}

export type ValidationJob =
  | {
      readonly kind: 'ssda903';
      readonly year: string;
      readonly la: string;
      readonly files: readonly UploadedFile[];
      readonly previous: readonly UploadedFile[];
    }
  | { readonly kind: 'cin'; readonly year: string; readonly file: UploadedFile };

/** '2026' → '2025 to 2026', as GOV.UK writes a span of years. */
export function yearLabel(year: string): string {
  const y = Number(year);
  return Number.isInteger(y) ? `${y - 1} to ${y}` : year;
}

/**
 * The collection year a person most likely wants on `today`: from April to September councils are
 * submitting the return for the year that ended on 31 March; from October they check the year in
 * progress. Clamped to the years kith has rules for.
 */
export function defaultYear(today: string, years: readonly string[]): string {
  const y = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const wanted = month >= 10 ? y + 1 : y;
  const known = years.map(Number).filter(Number.isInteger);
  if (known.length === 0) return String(wanted);
  const clamped = Math.min(Math.max(wanted, Math.min(...known)), Math.max(...known));
  return String(clamped);
}

const LA_CODE = /^[EW]\d{8}$/;

/** The select only offers known years, so an unknown one was typed into the request by hand or is stale. */
function yearError(year: string, kind: ReturnKind): string {
  return year === ''
    ? 'Select the collection year'
    : `There are no ${RETURN_NAMES[kind]} rules for that year; select a collection year from the list`;
}

const fieldValue = z.string().trim().max(40);

/** Check the fields and files of an upload; either a job to run or the errors to show. */
export function checkUpload(
  fields: ReadonlyMap<string, string>,
  files: readonly UploadedFile[],
): { job: ValidationJob } | { errors: FieldError[]; values: FormValues } {
  const read = (name: string): string => {
    const parsed = fieldValue.safeParse(fields.get(name) ?? '');
    return parsed.success ? parsed.data : '';
  };
  const values: FormValues = {
    return: read('return'),
    year903: read('year903'),
    la: read('la').toUpperCase(),
    yearCin: read('yearCin'),
  };
  const errors: FieldError[] = [];
  const kind = values.return;
  if (kind !== 'ssda903' && kind !== 'cin') {
    errors.push({ field: 'return', text: 'Select which return you want to check' });
    return { errors, values };
  }
  const ofField = (field: string) => files.filter((f) => f.field === field);

  if (kind === 'ssda903') {
    const year = values.year903 ?? '';
    if (!COLLECTION_YEARS_903.includes(year)) {
      errors.push({ field: 'year903', text: yearError(year, kind) });
    }
    const la = values.la ?? '';
    if (la === '') errors.push({ field: 'la', text: "Enter the council's ONS code" });
    else if (!LA_CODE.test(la)) {
      errors.push({
        field: 'la',
        text: "Enter the council's ONS code as E or W and 8 digits, like E06000014",
      });
    }
    const current = ofField('files903');
    const previous = ofField('previous903');
    if (current.length === 0) errors.push({ field: 'files903', text: 'Select the 903 CSV files' });
    else {
      const wrong = current.find((f) => extname(f.name).toLowerCase() !== '.csv');
      if (wrong) errors.push({ field: 'files903', text: `The selected file ${wrong.name} must be a CSV` });
    }
    const wrongPrevious = previous.find((f) => extname(f.name).toLowerCase() !== '.csv');
    if (wrongPrevious) {
      errors.push({ field: 'previous903', text: `The selected file ${wrongPrevious.name} must be a CSV` });
    }
    if (errors.length > 0) return { errors, values };
    return { job: { kind, year, la, files: current, previous } };
  }

  const year = values.yearCin ?? '';
  if (!COLLECTION_YEARS_CIN.includes(year)) {
    errors.push({ field: 'yearCin', text: yearError(year, kind) });
  }
  const chosen = ofField('fileCin');
  const file = chosen[0];
  if (!file) errors.push({ field: 'fileCin', text: 'Select the CIN census XML file' });
  else if (chosen.length > 1) errors.push({ field: 'fileCin', text: 'Select only one XML file' });
  else if (extname(file.name).toLowerCase() !== '.xml') {
    errors.push({ field: 'fileCin', text: `The selected file ${file.name} must be an XML file` });
  }
  if (errors.length > 0 || !file) return { errors, values };
  return { job: { kind, year, file } };
}

/** Errors in page order, so the summary reads top to bottom like the form. */
export function inPageOrder(errors: readonly FieldError[]): FieldError[] {
  return [...errors].sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field));
}
