/**
 * The figures and entry summaries of recent articles, in storage.session (see
 * messages/report-extras.ts). Both the background and the popup or panel write here; the area
 * keeps the last REPORT_EXTRAS_KEPT articles. Every failure reads as "nothing kept": the store
 * only ever saves time.
 */
import browser from 'webextension-polyfill';
import { textKey } from '../core/text-key.ts';
import {
  parseOrder,
  parseReportExtras,
  REPORT_EXTRAS_KEPT,
  REPORT_EXTRAS_ORDER,
  REPORT_EXTRAS_PREFIX,
  type ReportExtras,
} from '../messages/report-extras.ts';

export const extrasKeyOf = (text: string): string => `${REPORT_EXTRAS_PREFIX}${textKey(text)}`;

export async function readReportExtras(key: string): Promise<ReportExtras | undefined> {
  try {
    return parseReportExtras((await browser.storage.session.get(key))[key]);
  } catch {
    return undefined;
  }
}

export async function keepReportExtras(key: string, extras: ReportExtras): Promise<void> {
  try {
    const order = (
      parseOrder((await browser.storage.session.get(REPORT_EXTRAS_ORDER))[REPORT_EXTRAS_ORDER]) ?? []
    ).filter((kept) => kept !== key);
    order.push(key);
    const dropped = order.splice(0, Math.max(0, order.length - REPORT_EXTRAS_KEPT));
    await browser.storage.session.set({ [key]: extras, [REPORT_EXTRAS_ORDER]: order });
    if (dropped.length > 0) await browser.storage.session.remove(dropped);
  } catch {
    // A full or missing session area: the popup reads the figures itself.
  }
}
