/**
 * The returns pages: upload an SSDA903 return (CSV files) or a CIN census (one XML file), check it
 * against the DfE's rules for the year, and see and download the findings.
 *
 *   GET  /returns                        which return (SSDA903 or CIN census)?
 *   GET  /returns?return=ssda903|cin     its year (and council code) and files: GOV.UK "upload a file"
 *   POST /returns/validate               receive, check, delete the files; redirect to the results
 *   GET  /returns/report/:id             the results page
 *   GET  /returns/report/:id.(csv|xlsx|json|html)   the findings as a download
 *
 * Uploaded files go to a temporary folder that is deleted when the request ends, whatever happens;
 * only the findings are kept, in memory, for a short while and for the uploading browser alone (a
 * random cookie, as there are no sessions or sign-in yet). Posts follow Post/Redirect/Get: a form
 * error is kept for one redirect under the same cookie. CSRF protection is the double-submit
 * pattern: a secret in a cookie (@fastify/cookie) and a token derived from it in the form.
 */
import { randomBytes } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { COLLECTION_YEARS_CIN } from '../../returns/cin/registry.ts';
import { renderReport } from '../../returns/common/report.ts';
import { COLLECTION_YEARS_903 } from '../../returns/ssda903/registry.ts';
import type { AppDeps } from '../app.ts';
import { ExpiringMap } from '../returns/expiring-map.ts';
import {
  checkUpload,
  defaultYear,
  type FieldError,
  type FormValues,
  inPageOrder,
  yearLabel,
} from '../returns/form.ts';
import {
  DOWNLOAD_FORMATS,
  type DownloadFormat,
  presentReport,
  type StoredReport,
} from '../returns/present.ts';
import { jobFiles, runJob } from '../returns/run.ts';
import { receiveUpload, TempFolder, type UploadLimits, UploadRefused } from '../returns/upload.ts';

export interface ReturnsOptions extends UploadLimits {
  /** How long findings are kept for download. */
  readonly reportTtlMs: number;
  /** Most reports kept at once, and most findings across them, to bound memory. */
  readonly maxReports: number;
  readonly maxStoredFindings: number;
  readonly now?: () => number;
}

export const RETURNS_DEFAULTS: ReturnsOptions = {
  maxFiles: 30,
  maxTotalBytes: 300 * 1024 * 1024,
  reportTtlMs: 30 * 60 * 1000,
  maxReports: 20,
  maxStoredFindings: 2_000_000,
};

const BROWSER_COOKIE = 'kith_returns';
const CSRF_COOKIE = 'kith_returns_csrf';
const FLASH_TTL_MS = 5 * 60 * 1000;
/** The fatal file problems listed in the error summary; more would bury the first. */
const MAX_FILE_ERRORS = 10;

const CONTENT_TYPES: Record<DownloadFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

const reportParams = z.object({
  name: z.string().regex(/^[A-Za-z0-9_-]{22}(\.(csv|xlsx|json|html))?$/),
});

const chooseQuery = z.object({ return: z.string().max(20).optional(), step: z.string().max(20).optional() });

/** Errors for the GOV.UK error summary (linking to each field) and for each field's own message. */
function errorsView(errors: readonly FieldError[]) {
  const fieldErrors: Record<string, { text: string }> = {};
  for (const e of errors) fieldErrors[e.field] ??= { text: e.text };
  return { errors: errors.map((e) => ({ text: e.text, href: `#${e.field}` })), fieldErrors };
}

interface Flash {
  readonly errors: readonly FieldError[];
  readonly values: FormValues;
}

/** Random ids: 128 bits, URL-safe, never guessable from one another. */
const randomId = (): string => randomBytes(16).toString('base64url');

export function registerReturnRoutes(
  app: FastifyInstance,
  deps: AppDeps,
  options: Partial<ReturnsOptions> = {},
): void {
  const opts: ReturnsOptions = { ...RETURNS_DEFAULTS, ...options };
  const reports = new ExpiringMap<StoredReport>({
    ttlMs: opts.reportTtlMs,
    maxEntries: opts.maxReports,
    maxWeight: opts.maxStoredFindings,
    now: opts.now,
  });
  const flashes = new ExpiringMap<Flash>({ ttlMs: FLASH_TTL_MS, maxEntries: 1_000, now: opts.now });
  const keptMinutes = Math.round(opts.reportTtlMs / 60_000);
  // The CSRF token read from the multipart body, for the plugin's check (which reads it from here).
  const formTokens = new WeakMap<FastifyRequest, string>();

  // Its own scope: the cookie, CSRF and multipart plugins apply to these routes and no others.
  void app.register(async (scope) => {
    await scope.register(fastifyCookie);
    await scope.register(fastifyCsrf, {
      sessionPlugin: '@fastify/cookie',
      cookieKey: CSRF_COOKIE,
      cookieOpts: { path: '/returns', sameSite: 'strict', httpOnly: true },
      getToken: (req) => formTokens.get(req),
    });
    await scope.register(fastifyMultipart, {
      limits: { files: opts.maxFiles, fileSize: opts.maxTotalBytes },
    });

    // A refused CSRF check is a form that has expired or came from elsewhere: say so plainly. Any
    // other error goes on to the app's handler.
    scope.setErrorHandler((err: Error & { code?: string }, _req, reply) => {
      if (err.code === 'FST_CSRF_MISSING_SECRET' || err.code === 'FST_CSRF_INVALID_TOKEN') {
        return problemPage(reply, 403, 'csrf');
      }
      throw err;
    });

    /** The browser's random id, set on first visit; a session cookie, gone when the browser closes. */
    function browserId(req: FastifyRequest, reply: FastifyReply): string {
      const existing = req.cookies[BROWSER_COOKIE];
      if (existing && /^[A-Za-z0-9_-]{22}$/.test(existing)) return existing;
      const id = randomId();
      reply.setCookie(BROWSER_COOKIE, id, cookieOptions(req));
      return id;
    }

    function problemPage(reply: FastifyReply, status: number, reason: UploadRefused['reason'] | 'expired') {
      const limitMb = Math.round(opts.maxTotalBytes / 1024 / 1024);
      const messages: Record<typeof reason, { heading: string; body: string }> = {
        'too-large': {
          heading: 'The files are too big',
          body: `The files you upload together must be smaller than ${limitMb} MB.`,
        },
        'too-many-files': {
          heading: 'There are too many files',
          body: `You can upload up to ${opts.maxFiles} files at once.`,
        },
        'not-multipart': {
          heading: 'The files were not sent',
          body: 'Use the form on the upload page to choose the files.',
        },
        'bad-form': {
          heading: 'The form could not be read',
          body: 'Use the form on the upload page to choose the files.',
        },
        csrf: {
          heading: 'The upload page has expired',
          body: 'For your security the form must be sent from a page this service gave you recently.',
        },
        expired: {
          heading: 'These results are no longer available',
          body:
            `Results are kept for ${keptMinutes} minutes, for the browser that uploaded the files only. ` +
            'Check the files again to see them.',
        },
      };
      const m = messages[reason];
      return reply.code(status).view('returns/problem.njk', {
        title: m.heading,
        nav: 'returns',
        uploaded: reason !== 'expired',
        ...m,
      });
    }

    /**
     * Two steps at one address, one question each (GOV.UK's "one thing per page"): which return,
     * then `?return=ssda903|cin` asks that return's year and files. A form error from the upload
     * comes back here once, after the redirect.
     */
    scope.get('/returns', async (req, reply) => {
      const owner = browserId(req, reply);
      const flash = flashes.take(owner);
      const query = chooseQuery.safeParse(req.query);
      const asked = query.success ? query.data.return : undefined;
      const sent = query.success && (query.data.step !== undefined || asked !== undefined);
      const values: FormValues = flash?.values ?? {};
      const errors = inPageOrder(flash?.errors ?? []);
      const kind = flash ? values.return : asked;
      const common = { nav: 'returns', keptMinutes };

      if (kind !== 'ssda903' && kind !== 'cin') {
        // The choice was sent empty (or is not a return): ask again, saying why.
        const choiceErrors =
          errors.length > 0 || !sent
            ? errors
            : [{ field: 'return' as const, text: 'Select which return you want to check' }];
        return reply.view('returns/start.njk', {
          ...common,
          title: 'Check a return',
          ...errorsView(choiceErrors),
        });
      }

      const council = await deps.db.selectFrom('council').select('la_code').executeTakeFirst();
      const list = kind === 'ssda903' ? COLLECTION_YEARS_903 : COLLECTION_YEARS_CIN;
      const chosenYear = kind === 'ssda903' ? values.year903 : values.yearCin;
      const selected = chosenYear && list.includes(chosenYear) ? chosenYear : defaultYear(deps.today(), list);
      // Newest first: the year people check most is at the top.
      const years = [...list]
        .reverse()
        .map((y) => ({ value: y, text: yearLabel(y), checked: y === selected }));
      return reply.view('returns/upload.njk', {
        ...common,
        title: kind === 'ssda903' ? 'Upload the SSDA903 files' : 'Upload the CIN census file',
        kind,
        csrfToken: reply.generateCsrf({ secure: req.protocol === 'https' }),
        ...errorsView(errors),
        values: { ...values, la: values.la ?? council?.la_code ?? '' },
        years,
        maxFiles: opts.maxFiles,
        maxMb: Math.round(opts.maxTotalBytes / 1024 / 1024),
      });
    });

    /** What a post comes to; the response is sent only after the temporary folder is gone. */
    type Outcome =
      | { readonly redirect: string }
      | { readonly refused: UploadRefused['reason']; readonly status: number }
      | { readonly sent: true };

    async function handleUpload(
      req: FastifyRequest,
      reply: FastifyReply,
      owner: string,
      temp: TempFolder,
    ): Promise<Outcome> {
      const back = (errors: FieldError[], values: FormValues): Outcome => {
        flashes.set(owner, { errors, values });
        const kind = values.return;
        return { redirect: kind === 'ssda903' || kind === 'cin' ? `/returns?return=${kind}` : '/returns' };
      };
      let upload: Awaited<ReturnType<typeof receiveUpload>>;
      try {
        upload = await receiveUpload(req, temp, opts, (token) => {
          if (token !== undefined) formTokens.set(req, token);
          let passed = false;
          // On failure the plugin sends the 403 itself (through the error handler above).
          scope.csrfProtection(req, reply, () => {
            passed = true;
          });
          return passed;
        });
      } catch (e) {
        if (!(e instanceof UploadRefused)) throw e;
        if (e.reason === 'csrf') return { sent: true };
        const status = e.reason === 'not-multipart' || e.reason === 'bad-form' ? 400 : 413;
        return { refused: e.reason, status };
      }
      const checked = checkUpload(upload.fields, upload.files);
      if ('errors' in checked) return back(checked.errors, checked.values);
      const { job } = checked;
      const { report, durationMs } = await runJob(job, await temp.path());
      const values: FormValues = {
        return: job.kind,
        ...(job.kind === 'ssda903' ? { year903: job.year, la: job.la } : { yearCin: job.year }),
      };
      const fatal = report.problems.filter((p) => p.level === 'fatal');
      if (fatal.length > 0) {
        // A file that cannot be read at all is a mistake in the upload, not a finding: say which
        // file and what to do, next to the field it was chosen in.
        const previousNames = new Set(job.kind === 'ssda903' ? job.previous.map((f) => f.name) : []);
        const errors: FieldError[] = fatal.slice(0, MAX_FILE_ERRORS).map((p) => ({
          field: job.kind === 'cin' ? 'fileCin' : previousNames.has(p.file) ? 'previous903' : 'files903',
          text: `${p.file}: ${p.message}`,
        }));
        if (fatal.length > MAX_FILE_ERRORS) {
          errors.push({
            field: job.kind === 'cin' ? 'fileCin' : 'files903',
            text: `and ${fatal.length - MAX_FILE_ERRORS} more files that could not be read`,
          });
        }
        return back(errors, values);
      }
      const id = randomId();
      const stored: StoredReport = {
        owner,
        kind: job.kind,
        year: job.year,
        la: job.kind === 'ssda903' ? job.la : null,
        files: jobFiles(job).map((f) => ({
          name: f.name,
          bytes: f.bytes,
          previous: f.field === 'previous903',
        })),
        report,
        durationMs,
        checkedAt: new Date(opts.now?.() ?? Date.now()).toISOString(),
      };
      reports.set(id, stored, report.findings.length + report.problems.length + 1);
      return { redirect: `/returns/report/${id}` };
    }

    scope.post('/returns/validate', async (req, reply) => {
      const owner = browserId(req, reply);
      const temp = new TempFolder();
      let outcome: Outcome;
      try {
        outcome = await handleUpload(req, reply, owner, temp);
      } finally {
        // The uploaded files are never kept, whatever happened, and are gone before the answer is sent.
        await temp.remove();
      }
      if ('sent' in outcome) return reply;
      if ('refused' in outcome) return problemPage(reply, outcome.status, outcome.refused);
      return reply.redirect(outcome.redirect, 303);
    });

    scope.get('/returns/report/:name', async (req, reply) => {
      const parsed = reportParams.safeParse(req.params);
      if (!parsed.success) return problemPage(reply, 404, 'expired');
      const [id = '', format] = parsed.data.name.split('.') as [string, DownloadFormat | undefined];
      const stored = reports.get(id);
      if (!stored || stored.owner !== req.cookies[BROWSER_COOKIE]) return problemPage(reply, 404, 'expired');
      if (format === undefined) {
        const view = presentReport(id, stored, keptMinutes);
        return reply.view('returns/report.njk', { ...view, nav: 'returns' });
      }
      if (!DOWNLOAD_FORMATS.includes(format)) return problemPage(reply, 404, 'expired');
      const body = await renderReport(stored.report, format);
      const name = `${stored.kind}-${stored.year}-findings.${format}`;
      return reply
        .type(CONTENT_TYPES[format])
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(body);
    });
  });
}

function cookieOptions(req: FastifyRequest) {
  return {
    path: '/returns',
    httpOnly: true,
    sameSite: 'lax' as const,
    // Secure whenever the service is reached over HTTPS (directly or through a proxy that says so).
    secure: req.protocol === 'https',
  };
}
