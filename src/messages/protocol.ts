/**
 * Every message between the page and the extension's pages, and its answer, defined once as a
 * schema; the types are inferred from it. Receivers accept nothing until the schema has checked
 * it, because a content script shares its page with hostile code and any part can receive junk;
 * what comes out of a parse holds only the fields the schema knows.
 *
 * Other boundaries have their own files: cards (card-messages.ts), entry summaries
 * (entry-messages.ts), marking (mark-messages.ts).
 */
import * as v from 'valibot';
import { Offset, parserOf } from './parse.ts';
import { FIGURE_KINDS, type Figure } from '../core/analysis-types.ts';
import type { AnnotateAnswer, ContentRequest, RevealAnswer, WatchAnswer } from './content-requests.ts';

export * from './content-requests.ts';

/**
 * The most items a report carries. A popup lists the first figures of an article; an enormous
 * page must not produce a message of megabytes that the popup would then refuse.
 */
export const REPORT_LIMITS = { figures: 500, terms: 2000, codes: 2000, text: 1_000_000 } as const;

const Finite = v.pipe(v.number(), v.finite());
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nonEmpty = <T extends { start: number; end: number }>(span: T): boolean => span.end > span.start;

const SpanSchema = v.pipe(v.object({ start: Offset, end: Offset }), v.check(nonEmpty, 'an empty span'));

export const FigureSchema = v.pipe(
  v.object({
    value: v.nullable(Finite),
    values: v.pipe(v.array(Finite), v.maxLength(20)),
    text: text(500),
    label: text(500),
    kind: v.picklist(FIGURE_KINDS),
    sentence: text(5000),
    start: Offset,
    end: Offset,
    unit: v.optional(text(100)),
    mentions: v.pipe(Offset, v.minValue(1)),
    at: v.pipe(v.array(SpanSchema), v.maxLength(1000)),
    lead: v.optional(v.boolean()),
  }),
  v.check(nonEmpty, 'an empty span'),
  v.check((f) => f.at.length === f.mentions, 'mentions and positions disagree'),
);

const ReportTermSchema = v.pipe(
  v.object({ id: text(200), count: Offset, start: Offset, end: Offset }),
  v.check(nonEmpty, 'an empty span'),
);

const ReportCodeSchema = v.pipe(
  v.object({
    text: text(200),
    canonical: text(200),
    count: Offset,
    start: Offset,
    end: Offset,
    entryId: v.nullable(text(200)),
  }),
  v.check(nonEmpty, 'an empty span'),
);

export const PageReportSchema = v.object({
  type: v.literal('report'),
  /** 'loading' while the article body has not been found yet but may still arrive. */
  state: v.picklist(['loading', 'ready']),
  url: text(5000),
  article: v.object({ isArticle: v.boolean(), reason: text(500), title: v.nullable(text(1000)) }),
  terms: v.pipe(v.array(ReportTermSchema), v.maxLength(REPORT_LIMITS.terms)),
  codes: v.pipe(v.array(ReportCodeSchema), v.maxLength(REPORT_LIMITS.codes)),
  figures: v.pipe(v.array(FigureSchema), v.maxLength(REPORT_LIMITS.figures)),
  /**
   * The article text the offsets index (its first REPORT_LIMITS.text characters). The page sends
   * it instead of figures: the popup and the panel read the figures from it themselves, so the
   * page never carries the figure reader.
   */
  text: v.optional(text(REPORT_LIMITS.text)),
});
export type PageReport = v.InferOutput<typeof PageReportSchema>;

// The wire form of a figure and the core's Figure must stay one and the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const figureShapesAgree: Same<v.InferOutput<typeof FigureSchema>, Figure> = true;
void figureShapesAgree;

/** What each request to the page is answered with: a sender cannot drift from its receiver. */
export interface ContentAnswers {
  'get-report': PageReport;
  reveal: RevealAnswer;
  'annotate-anyway': AnnotateAnswer;
  'watch-view': WatchAnswer;
}
export type ContentAnswer<R extends ContentRequest> = ContentAnswers[R['type']];

export const parsePageReport = parserOf(PageReportSchema);
