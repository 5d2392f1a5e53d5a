/**
 * Reading a number as a date or a period: an ordered table of small readers, each trying one
 * written form at the number. The first that accepts wins, so the order is the precedence:
 * a full day/month/year before a day and month, a period of years before a lone year.
 */

import { syllableKey } from './syllable-key.ts';
import { lexicon } from './lexicon.ts';
import type { TokenView } from './token-view.ts';
import { isCapitalized } from './word-tokens.ts';

export interface DateFind {
  kind: 'date' | 'period';
  start: number;
  end: number;
  values: number[];
}

/** What every reader knows about the number it is asked about. */
interface DateSite {
  view: TokenView;
  index: number;
  offset: number;
  /** Key of the word right before the number. */
  headKey: string;
  /** Start of that word (the number's own start when there is none). */
  headStart: number;
  /** "ngày", "sáng", "mùng"… right before: the number is a day of the month. */
  dayHead: boolean;
  /** Where a date with its day head starts. */
  dateStart: number;
}

type DateReader = (site: DateSite) => DateFind | undefined;

const DMY = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/y;
const DAY_MONTH = /(\d{1,2})[/-](\d{1,2})(?![\d/])/y;
const MONTH_YEAR = /(\d{1,2})\s*[/-]\s*(\d{4})(?!\d)/y;
const PERIOD = /((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?![\d/])/y;
const YEAR = /(\d{4})(?![\d]|[.,]\d)/y;
const MONTH_ONLY = /(\d{1,2})(?!\d|[.,/]\d)/y;

const isDay = (day: number): boolean => day >= 1 && day <= 31;
const isMonth = (month: number): boolean => month >= 1 && month <= 12;
export const isYear = (year: number): boolean => year >= 1900 && year <= 2100;

function execAt(pattern: RegExp, text: string, offset: number): RegExpExecArray | null {
  pattern.lastIndex = offset;
  return pattern.exec(text);
}

const key = {
  thang: (): string => syllableKey('tháng'),
  nam: (): string => syllableKey('năm'),
};

/** " năm 2017" at `index` (after a month). */
function spelledYearAfter(view: TokenView, index: number): { value: number; end: number } | undefined {
  const word = view.word(index);
  const digits = view.tokens[index + 1];
  if (word === undefined || word.key !== key.nam() || digits === undefined || digits.kind !== 'digits')
    return undefined;
  const value = Number(digits.raw);
  const after = view.tokens[index + 2];
  const glued = after !== undefined && !after.spaced && after.kind !== 'punct';
  if (digits.raw.length !== 4 || !isYear(value) || glued) return undefined;
  return { value, end: digits.end };
}

/** "25/10/2017", "05.01.2026". */
const dayMonthYear: DateReader = ({ view, offset, dateStart }) => {
  const m = execAt(DMY, view.text, offset);
  if (m === null) return undefined;
  const values = [Number(m[1]), Number(m[3]), Number(m[4])] as const;
  if (!isDay(values[0]) || !isMonth(values[1]) || !isYear(values[2])) return undefined;
  return { kind: 'date', start: dateStart, end: offset + m[0].length, values: [...values] };
};

/** "25 tháng 10 năm 2017"; "ngày 3 tháng 3" (without a year only after a day head). */
const spelledDate: DateReader = ({ view, index, dayHead, dateStart }) => {
  const day = view.tokens[index];
  const month = view.tokens[index + 2];
  if (day === undefined || month === undefined || view.word(index + 1)?.key !== key.thang()) return undefined;
  if (month.kind !== 'digits' || view.tokens[index + 1]?.spaced !== true) return undefined;
  const dayValue = Number(day.raw);
  const monthValue = Number(month.raw);
  if (!isDay(dayValue) || !isMonth(monthValue)) return undefined;
  const year = spelledYearAfter(view, index + 3);
  if (year === undefined && !dayHead) return undefined;
  return year === undefined
    ? { kind: 'date', start: dateStart, end: month.end, values: [dayValue, monthValue] }
    : { kind: 'date', start: dateStart, end: year.end, values: [dayValue, monthValue, year.value] };
};

/** "tháng 10/2017", "tháng 10-2017". */
const monthYearAfterThang: DateReader = ({ view, offset, headKey, headStart }) => {
  if (headKey !== key.thang()) return undefined;
  const m = execAt(MONTH_YEAR, view.text, offset);
  if (m === null || !isMonth(Number(m[1])) || !isYear(Number(m[2]))) return undefined;
  return { kind: 'date', start: headStart, end: offset + m[0].length, values: [Number(m[1]), Number(m[2])] };
};

/** "tháng 9", "tháng 9 năm 2025". */
const monthAfterThang: DateReader = ({ view, index, offset, headKey, headStart }) => {
  if (headKey !== key.thang()) return undefined;
  const m = execAt(MONTH_ONLY, view.text, offset);
  if (m === null || !isMonth(Number(m[1]))) return undefined;
  const year = spelledYearAfter(view, index + 1);
  const values = year === undefined ? [Number(m[1])] : [Number(m[1]), year.value];
  return { kind: 'date', start: headStart, end: year?.end ?? offset + m[0].length, values };
};

/** "ngày 3/3", "sáng 15-6". */
const dayMonthAfterDayHead: DateReader = ({ view, offset, dayHead, dateStart }) => {
  if (!dayHead) return undefined;
  const m = execAt(DAY_MONTH, view.text, offset);
  if (m === null || !isDay(Number(m[1])) || !isMonth(Number(m[2]))) return undefined;
  return { kind: 'date', start: dateStart, end: offset + m[0].length, values: [Number(m[1]), Number(m[2])] };
};

/** "2015-2020", "2021–2025": at most fifty years, in order. */
const yearPeriod: DateReader = ({ view, offset }) => {
  const m = execAt(PERIOD, view.text, offset);
  if (m === null) return undefined;
  const from = Number(m[1]);
  const to = Number(m[2]);
  if (to <= from || to - from > 50) return undefined;
  return { kind: 'period', start: offset, end: offset + m[0].length, values: [from, to] };
};

/**
 * "năm 2025"; a bare 19xx/20xx is a year too unless a counted noun follows it, since
 * Vietnamese writes 4-digit counts with a dot ("2.030 hộ").
 */
const year: DateReader = ({ view, index, offset, headKey, headStart }) => {
  const m = execAt(YEAR, view.text, offset);
  if (m === null || !isYear(Number(m[1]))) return undefined;
  const values = [Number(m[1])];
  if (headKey === key.nam()) return { kind: 'date', start: headStart, end: offset + 4, values };
  const next = view.tokens[index + 1];
  const countedNounFollows =
    next !== undefined &&
    next.kind === 'word' &&
    next.spaced &&
    !isCapitalized(next) &&
    !lexicon().PHRASE_STOPS.has(next.key);
  return countedNounFollows ? undefined : { kind: 'date', start: offset, end: offset + 4, values };
};

/** "10/2017" glued, with no head word. */
const bareMonthYear: DateReader = ({ view, offset }) => {
  const m = execAt(MONTH_YEAR, view.text, offset);
  if (m === null || /\s/.test(m[0]) || !isMonth(Number(m[1])) || !isYear(Number(m[2]))) return undefined;
  return { kind: 'date', start: offset, end: offset + m[0].length, values: [Number(m[1]), Number(m[2])] };
};

const DATE_READERS: readonly DateReader[] = [
  dayMonthYear,
  spelledDate,
  monthYearAfterThang,
  monthAfterThang,
  dayMonthAfterDayHead,
  yearPeriod,
  year,
  bareMonthYear,
];

/** The date or period starting at the digits token `index`, if any. */
export function readDateAt(view: TokenView, index: number): DateFind | undefined {
  const token = view.tokens[index];
  if (token === undefined) return undefined;
  const offset = token.start;
  const head = view.word(index - 1);
  const dayHeads = lexicon().DAY_HEADS;
  const dayHeadLength = dayHeads.has(view.keyBefore(index, 2))
    ? 2
    : dayHeads.has(view.keyBefore(index, 1))
      ? 1
      : 0;
  const site: DateSite = {
    view,
    index,
    offset,
    headKey: view.keyBefore(index, 1),
    headStart: head !== undefined && token.spaced ? head.start : offset,
    dayHead: dayHeadLength > 0,
    dateStart: dayHeadLength > 0 ? (view.word(index - dayHeadLength)?.start ?? offset) : offset,
  };
  for (const reader of DATE_READERS) {
    const found = reader(site);
    if (found !== undefined) return found;
  }
  return undefined;
}
