/**
 * What the popup and the panel both do with a page's report before showing it: add its figures
 * and the headwords of the entries it mentions. The background has usually prepared both
 * (background/extras-service.ts); what it has not, is read here, from the text the page sent
 * (the page carries no figure reader) and from the background, and kept for the next opening.
 */
import type { EntrySummary } from '../messages/entry-messages.ts';
import { REPORT_LIMITS, type PageReport } from '../messages/protocol.ts';
import { entryIdsOf } from '../messages/report-extras.ts';
import { extrasKeyOf, keepReportExtras, readReportExtras } from '../platform/report-extras-store.ts';
import { entrySummaries } from './page-link.ts';

async function readFigures(text: string): Promise<PageReport['figures']> {
  const { extractFigures } = await import('../core/figures/extract-figures.ts');
  return extractFigures(text).slice(0, REPORT_LIMITS.figures);
}

export async function completeReport(
  report: PageReport,
): Promise<{ report: PageReport; byId: Map<string, EntrySummary> }> {
  const text = report.text ?? '';
  const key = extrasKeyOf(text);
  const kept = await readReportExtras(key);
  const byId = new Map((kept?.entries ?? []).map((entry) => [entry.id, entry]));
  const missing = entryIdsOf(report).filter((id) => !byId.has(id));
  if (missing.length > 0) for (const [id, entry] of await entrySummaries(missing)) byId.set(id, entry);
  const figures = kept?.figures ?? (await readFigures(text));
  if (!kept || missing.length > 0) void keepReportExtras(key, { figures, entries: [...byId.values()] });
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
