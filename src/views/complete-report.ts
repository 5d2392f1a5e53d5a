/**
 * What the popup and the panel both do with a page's report before showing it: read its figures
 * from the text the page sent (the page carries no figure reader), and fetch the headwords of the
 * entries it mentions from the background.
 */
import { extractFigures } from '../core/figures/extract-figures.ts';
import type { EntrySummary } from '../messages/entry-messages.ts';
import { REPORT_LIMITS, type PageReport } from '../messages/protocol.ts';
import { entrySummaries } from './page-link.ts';

export async function completeReport(
  report: PageReport,
): Promise<{ report: PageReport; byId: Map<string, EntrySummary> }> {
  const ids = [...report.terms.map((term) => term.id), ...report.codes.flatMap((code) => code.entryId ?? [])];
  const byId = await entrySummaries(ids);
  const figures = extractFigures(report.text ?? '').slice(0, REPORT_LIMITS.figures);
  return { report: { ...report, figures }, byId };
}

/** Copies text for the reader; false when the clipboard refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
