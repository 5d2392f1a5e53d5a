/**
 * When the background has marked an article, it also reads its figures and gathers the
 * summaries of the entries it mentions, and keeps both in storage.session. The popup opened on
 * that page then shows them at once: the figure reader, the slowest part of its first run, runs
 * here, off the page and before anyone waits for it.
 */
import { extractFigures } from '../core/figures/extract-figures.ts';
import type { Mark } from '../core/marks.ts';
import { REPORT_LIMITS } from '../messages/protocol.ts';
import { extrasKeyOf, keepReportExtras, readReportExtras } from '../platform/report-extras-store.ts';
import { answerSummaries } from './card-service.ts';

/**
 * The longest article prepared in advance. Reading the figures of an article many times the
 * usual length keeps the background busy for seconds, delaying every card meanwhile; such a
 * page's popup reads them when it opens instead. Ordinary articles run to 5,000–30,000.
 */
export const PREPARED_CHARS_AT_MOST = 100_000;

/** Texts being prepared: the same article marked twice at once is prepared once. */
const preparing = new Set<string>();

/** The entries the marks point to: the terms' and the known documents'. */
function entryIdsOfMarks(marks: readonly Mark[]): string[] {
  const ids = new Set<string>();
  for (const mark of marks) {
    if (mark.kind === 'term') ids.add(mark.entryId);
    else if (mark.kind === 'code' && mark.entryId !== null) ids.add(mark.entryId);
  }
  return [...ids];
}

/** Prepares the popup's extras for an article the background has just marked. */
export async function prepareReportExtras(text: string, marks: readonly Mark[]): Promise<void> {
  if (text.length === 0 || text.length > PREPARED_CHARS_AT_MOST) return;
  // The key the popup computes from the report's text (which is this text, cut at the report's limit).
  const key = extrasKeyOf(text.slice(0, REPORT_LIMITS.text));
  if (preparing.has(key)) return;
  preparing.add(key);
  try {
    const kept = await readReportExtras(key);
    const ids = entryIdsOfMarks(marks);
    const known = new Set(kept?.entries.map((entry) => entry.id));
    if (kept && ids.every((id) => known.has(id))) return;
    await keepReportExtras(key, {
      figures: kept?.figures ?? extractFigures(text).slice(0, REPORT_LIMITS.figures),
      entries: answerSummaries({ type: 'entry-summaries', ids }).entries,
    });
  } finally {
    preparing.delete(key);
  }
}
