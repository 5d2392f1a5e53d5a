/**
 * Every message between the extension's parts, and its answer, defined once. Senders build
 * messages with these types; receivers accept nothing until the matching parse function has
 * checked it, because a content script shares its page with hostile code and any part can
 * receive junk.
 */
import type { Figure, FigureKind } from '../core/analysis-types.ts';
import { hasOnlyKeys, isArrayOf, isBoolean, isIndex, isRecord, isString } from './guards.ts';

/**
 * The most items a report carries. A popup lists the first figures of an article; an enormous
 * page must not produce a message of megabytes that the popup would then refuse.
 */
export const REPORT_LIMITS = { figures: 500, terms: 2000, codes: 2000, text: 1_000_000 } as const;

/** Popup → content script. */
export type ContentRequest =
  | { type: 'get-report' }
  /** Scroll to [start, end) of the article text, flash it, and optionally open the card there. */
  | { type: 'reveal'; start: number; end: number; openCard: boolean }
  /** Panel → content script: from now on, tell the extension which stretch of text is in view. */
  | { type: 'watch-view' };

/** Content script → background. */
export type BackgroundRequest = { type: 'page-status'; isArticle: boolean; marked: number };

export interface ReportTerm {
  id: string;
  count: number;
  /** First occurrence in the article text. */
  start: number;
  end: number;
}

export interface ReportCode {
  text: string;
  canonical: string;
  count: number;
  start: number;
  end: number;
  entryId: string | null;
}

export interface PageReport {
  type: 'report';
  /** 'loading' while the article body has not been found yet but may still arrive. */
  state: 'loading' | 'ready';
  url: string;
  article: { isArticle: boolean; reason: string; title: string | null };
  terms: ReportTerm[];
  codes: ReportCode[];
  figures: Figure[];
  /**
   * The article text the offsets index (its first REPORT_LIMITS.text characters). The page sends
   * it instead of figures: the popup and the panel read the figures from it themselves, so the
   * page never carries the figure reader.
   */
  text?: string;
}

export interface RevealAnswer {
  type: 'revealed';
  ok: boolean;
}

export interface ContentAnswers {
  'get-report': PageReport;
  reveal: RevealAnswer;
  'watch-view': { type: 'watching' };
}

export function parseContentRequest(message: unknown): ContentRequest | undefined {
  if (!isRecord(message)) return undefined;
  if (message.type === 'get-report' && hasOnlyKeys(message, ['type'])) return { type: 'get-report' };
  if (message.type === 'watch-view' && hasOnlyKeys(message, ['type'])) return { type: 'watch-view' };
  if (
    message.type === 'reveal' &&
    hasOnlyKeys(message, ['type', 'start', 'end', 'openCard']) &&
    isIndex(message.start) &&
    isIndex(message.end) &&
    message.end > message.start &&
    isBoolean(message.openCard)
  ) {
    return { type: 'reveal', start: message.start, end: message.end, openCard: message.openCard };
  }
  return undefined;
}

export function parseBackgroundRequest(message: unknown): BackgroundRequest | undefined {
  if (!isRecord(message)) return undefined;
  if (
    message.type === 'page-status' &&
    hasOnlyKeys(message, ['type', 'isArticle', 'marked']) &&
    isBoolean(message.isArticle) &&
    isIndex(message.marked)
  ) {
    return { type: 'page-status', isArticle: message.isArticle, marked: message.marked };
  }
  return undefined;
}

const FIGURE_KINDS: readonly FigureKind[] = [
  'count',
  'ratio',
  'percent',
  'measure',
  'money',
  'date',
  'period',
  'ordinal',
];

function isFinite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isFigure(value: unknown): value is Figure {
  return (
    isRecord(value) &&
    (value.value === null || isFinite(value.value)) &&
    isArrayOf(value.values, isFinite, 20) &&
    isString(value.text, 500) &&
    isString(value.label, 500) &&
    FIGURE_KINDS.includes(value.kind as FigureKind) &&
    isString(value.sentence, 5000) &&
    isSpan(value) &&
    (value.unit === undefined || isString(value.unit, 100))
  );
}

/** start and end as text offsets of a non-empty span. */
function isSpan(value: Record<string, unknown>): boolean {
  return isIndex(value.start) && isIndex(value.end) && value.end > value.start;
}

function isReportTerm(value: unknown): value is ReportTerm {
  return isRecord(value) && isString(value.id, 200) && isIndex(value.count) && isSpan(value);
}

function isReportCode(value: unknown): value is ReportCode {
  return (
    isRecord(value) &&
    isString(value.text, 200) &&
    isString(value.canonical, 200) &&
    isIndex(value.count) &&
    isSpan(value) &&
    (value.entryId === null || isString(value.entryId, 200))
  );
}

export function parsePageReport(answer: unknown): PageReport | undefined {
  if (!isRecord(answer) || answer.type !== 'report') return undefined;
  const article = answer.article;
  if (
    (answer.state !== 'loading' && answer.state !== 'ready') ||
    !isString(answer.url, 5000) ||
    !isRecord(article) ||
    !isBoolean(article.isArticle) ||
    !isString(article.reason, 500) ||
    !(article.title === null || isString(article.title, 1000)) ||
    !isArrayOf(answer.terms, isReportTerm, REPORT_LIMITS.terms) ||
    !isArrayOf(answer.codes, isReportCode, REPORT_LIMITS.codes) ||
    !isArrayOf(answer.figures, isFigure, REPORT_LIMITS.figures) ||
    !(answer.text === undefined || isString(answer.text, REPORT_LIMITS.text))
  ) {
    return undefined;
  }
  // Rebuilt from the checked fields alone: nothing the checks did not see reaches the popup.
  return {
    type: 'report',
    state: answer.state,
    url: answer.url,
    article: { isArticle: article.isArticle, reason: article.reason, title: article.title },
    terms: answer.terms.map(({ id, count, start, end }) => ({ id, count, start, end })),
    codes: answer.codes.map(({ text, canonical, count, start, end, entryId }) => ({
      text,
      canonical,
      count,
      start,
      end,
      entryId,
    })),
    figures: answer.figures.map(({ value, values, text, label, kind, sentence, start, end, unit }) => ({
      value,
      values: [...values],
      text,
      label,
      kind,
      sentence,
      start,
      end,
      ...(unit === undefined ? {} : { unit }),
    })),
    ...(typeof answer.text === 'string' ? { text: answer.text } : {}),
  };
}

export function parseRevealAnswer(answer: unknown): RevealAnswer | undefined {
  if (!isRecord(answer) || answer.type !== 'revealed' || !isBoolean(answer.ok)) return undefined;
  return { type: 'revealed', ok: answer.ok };
}
