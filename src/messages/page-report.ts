/** The wire form of what the reader found on a page, built from the page's marks. */
import type { Figure } from '../core/analysis-types.ts';
import { countMarks, type Mark } from '../core/marks.ts';
import { REPORT_LIMITS, type PageReport } from './protocol.ts';

export interface ReportInput {
  url: string;
  loading: boolean;
  article: { isArticle: boolean; reason: string; title: string | null };
  marks: readonly Mark[];
  figures: readonly Figure[];
}

export function buildPageReport(input: ReportInput): PageReport {
  const counted = countMarks(input.marks);
  return {
    type: 'report',
    state: input.loading ? 'loading' : 'ready',
    url: input.url,
    article: input.article,
    terms: counted
      .flatMap(({ mark, count }) =>
        mark.kind === 'term' ? [{ id: mark.entryId, count, start: mark.start, end: mark.end }] : [],
      )
      .slice(0, REPORT_LIMITS.terms),
    codes: counted
      .flatMap(({ mark, count }) =>
        mark.kind === 'code'
          ? [
              {
                text: mark.text,
                canonical: mark.canonical,
                count,
                start: mark.start,
                end: mark.end,
                entryId: mark.entryId,
              },
            ]
          : [],
      )
      .slice(0, REPORT_LIMITS.codes),
    figures: input.figures.slice(0, REPORT_LIMITS.figures),
  };
}

/** The report of a page where the reader is turned off. */
export function offReport(url: string): PageReport {
  return buildPageReport({
    url,
    loading: false,
    article: { isArticle: false, reason: 'off', title: null },
    marks: [],
    figures: [],
  });
}
