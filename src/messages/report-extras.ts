/**
 * What the popup and the panel add to a page's report, kept in storage.session under the key of
 * the article's text: its figures and the summaries of the entries it mentions. The background
 * prepares them when a page has been marked, so a popup opened later shows them at once,
 * without reading the figures again and without waking the background. storage.session is
 * closed to content scripts, so a page can neither read nor forge what is kept there; it is
 * checked on the way out all the same.
 */
import * as v from 'valibot';
import { parserOf } from './parse.ts';
import { EntrySummarySchema } from './entry-messages.ts';
import { FigureSchema, REPORT_LIMITS, type PageReport } from './protocol.ts';

export const REPORT_EXTRAS_PREFIX = 'report-extras:';
/** The keys kept, oldest first, so that the area holds the last few articles only. */
export const REPORT_EXTRAS_ORDER = 'report-extras-order';
export const REPORT_EXTRAS_KEPT = 24;

export const ReportExtrasSchema = v.strictObject({
  figures: v.pipe(v.array(FigureSchema), v.maxLength(REPORT_LIMITS.figures)),
  entries: v.pipe(v.array(EntrySummarySchema), v.maxLength(REPORT_LIMITS.terms + REPORT_LIMITS.codes)),
});
export type ReportExtras = v.InferOutput<typeof ReportExtrasSchema>;

export const parseReportExtras = parserOf(ReportExtrasSchema);

export const OrderSchema = v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(1000));
export const parseOrder = parserOf(OrderSchema);

/** The entries a report mentions, by its terms and by the codes that have an entry. */
export function entryIdsOf(report: PageReport): string[] {
  return [
    ...new Set([
      ...report.terms.map((term) => term.id),
      ...report.codes.flatMap((code) => code.entryId ?? []),
    ]),
  ];
}
