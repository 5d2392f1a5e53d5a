/**
 * When a page has been marked, the background reads its figures and gathers the summaries of
 * the entries it mentions, and keeps both in storage.session. The popup opened on that page
 * then shows them at once: the figure reader, the slowest part of its first run, runs here, off
 * the page and before anyone waits for it.
 */
import { extractFigures } from '../core/figures/extract-figures.ts';
import { REPORT_LIMITS } from '../messages/protocol.ts';
import { entryIdsOf } from '../messages/report-extras.ts';
import { askPage } from '../platform/ask-page.ts';
import { extrasKeyOf, keepReportExtras, readReportExtras } from '../platform/report-extras-store.ts';
import { answerSummaries } from './card-service.ts';

/**
 * The longest article prepared in advance. The page pays for a preparation with the report it
 * sends, which for an article many times the usual length is itself a long task; such a page's
 * popup reads the figures when it opens instead. Ordinary articles run to 5,000–30,000.
 */
export const PREPARED_CHARS_AT_MOST = 100_000;

/** Tabs being prepared: a burst of status messages from one page starts one preparation. */
const preparing = new Set<number>();

export async function prepareReportExtras(tabId: number): Promise<void> {
  if (preparing.has(tabId)) return;
  preparing.add(tabId);
  try {
    const report = await askPage(tabId, { type: 'get-report' });
    if (!report || report.state !== 'ready' || !report.article.isArticle || !report.text) return;
    const key = extrasKeyOf(report.text);
    const kept = await readReportExtras(key);
    const ids = entryIdsOf(report);
    const known = new Set(kept?.entries.map((entry) => entry.id));
    if (kept && ids.every((id) => known.has(id))) return;
    await keepReportExtras(key, {
      figures: kept?.figures ?? extractFigures(report.text).slice(0, REPORT_LIMITS.figures),
      entries: answerSummaries({ type: 'entry-summaries', ids }).entries,
    });
  } finally {
    preparing.delete(tabId);
  }
}
