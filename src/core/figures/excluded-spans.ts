/**
 * Stretches of text whose digits are never key figures: web and mail addresses, document
 * codes (07-NQ/TU, 34/2014/NĐ-CP), telephone numbers, clock times and the page's date-and-
 * time line, GMT offsets, list bullets. Found on the raw text before any number is read,
 * so a figure can be refused by a simple overlap test.
 */

import { findDocumentCodes } from '../doc-codes.ts';

export interface Span {
  start: number;
  end: number;
}

export interface ExcludedSpans {
  /** Sorted, merged. */
  spans: Span[];
  /** Document codes alone, sorted: dates and periods use them to name what they belong to. */
  codes: Span[];
}

/** Both Unicode forms of a Vietnamese word, for patterns run on raw text. */
function eitherForm(word: string): string {
  const nfc = word.normalize('NFC');
  const nfd = word.normalize('NFD');
  return nfc === nfd ? nfc : `(?:${nfc}|${nfd})`;
}

const WEEKDAY = [
  ...['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy'].map((day) => `${eitherForm('thứ')}\\s+${eitherForm(day)}`),
  `${eitherForm('thứ')}\\s+[2-7]`,
  `${eitherForm('chủ')}\\s+${eitherForm('nhật')}`,
  'CN',
].join('|');

const PHONE_HEAD = ['hotline', 'đường dây nóng', 'điện thoại', 'di động', 'đt', 'sđt', 'fax', 'tel', 'zalo']
  .map(eitherForm)
  .join('|');

/** Bare telephone numbers: a leading 0 or +84, eight digits or more in groups. */
const BARE_TELEPHONE = /(?<![\d.,])(?:\+84|\(\s?0\d{1,4}\s?\)|0\d{1,4})(?:[\s.-]?\d{2,4}){2,4}(?![\d,])/gu;

const OTHER_PATTERNS: readonly RegExp[] = [
  /(?:https?:\/\/|www\.)[^\s"“”<>]+/giu,
  // Site paths without their host: "/uploaded/post/2024/03/29/anh_1711690000000.jpg".
  /(?<![\p{L}\p{N}])[/](?:[\w%.-]+[/])+[\w%.-]*/gu,
  /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu,
  /(?<![\p{L}\p{N}@.])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|gov|edu|info|int)(?![\p{L}\d])(?:\/[^\s"“”<>]*)?/giu,
  // Telephone numbers after their label, whatever their grouping: "Hotline: (02133) 878 436".
  new RegExp(`(?:${PHONE_HEAD})\\s*:?\\s*\\+?[\\d(][\\d\\s().-]{5,}\\d`, 'giu'),
  BARE_TELEPHONE,
  // The page's clock and dateline: "Thứ hai, 05/01/2026 - 08:27", "26/04/2019 - 11:21'",
  // "29/03/2024, 03:46 [GMT+7]". A date then ", 8:15" in running text is an event: kept.
  new RegExp(
    `(?:${WEEKDAY}),?\\s*(?:${eitherForm('ngày')}\\s*)?\\d{1,2}\\/\\d{1,2}\\/\\d{4}\\s*[-–,|]?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?'?`,
    'giu',
  ),
  /\d{1,2}\/\d{1,2}\/\d{4}\s*[-–|]\s*\d{1,2}:\d{2}(?::\d{2})?'?/gu,
  /\d{1,2}\/\d{1,2}\/\d{4},?\s*\d{1,2}:\d{2}(?::\d{2})?'?\s*\[?GMT/gu,
  /(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])/gu,
  /(?<![\p{L}\p{N}])\d{1,2}h\d{0,2}(?![\p{L}\p{N}])/gu,
  new RegExp(
    `(?<![\\p{L}\\p{N}])\\d{1,2}\\s+${eitherForm('giờ')}\\s+\\d{1,2}(?:\\s+${eitherForm('phút')})?`,
    'giu',
  ),
  /GMT\s?[+-]\d{1,2}/gu,
  // List bullets at a line start: "1. ", "2) ", "(3) ".
  /(?<=^|\n)[ \t]*\(?\d{1,2}[.)](?=[ \t])/gu,
  /\(\d{1,2}\)/gu,
];

function isTelephone(match: string, pattern: RegExp): boolean {
  if (pattern !== BARE_TELEPHONE) return true;
  // "05.01.2026" has the shape of a telephone number too: it is a date.
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{4}$/.test(match)) return false;
  return (match.match(/\d/g)?.length ?? 0) >= 8;
}

function collect(text: string, pattern: RegExp, into: Span[]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    if (isTelephone(match[0], pattern)) into.push({ start: match.index, end: match.index + match[0].length });
  }
}

function sortAndMerge(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

export function findExcludedSpans(text: string): ExcludedSpans {
  // The same reading of document codes as the marks: a code the cards decode is never a figure.
  const codes: Span[] = findDocumentCodes(text).map(({ start, end }) => ({ start, end }));
  const others: Span[] = [];
  for (const pattern of OTHER_PATTERNS) collect(text, pattern, others);
  return { spans: sortAndMerge([...codes, ...others]), codes: sortAndMerge(codes) };
}

/** Whether [start, end) touches any of the sorted, merged spans. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const span = spans[mid];
    if (span !== undefined && span.end <= start) low = mid + 1;
    else high = mid;
  }
  const candidate = spans[low];
  return candidate !== undefined && candidate.start < end;
}

/** The last span ending at or before `offset`, if any. */
export function lastSpanBefore(spans: readonly Span[], offset: number): Span | undefined {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const span = spans[mid];
    if (span !== undefined && span.end <= offset) low = mid + 1;
    else high = mid;
  }
  return spans[low - 1];
}
