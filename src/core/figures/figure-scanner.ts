/**
 * Walks the tokens of a text once and reads each number it meets as a date, a period, an
 * ordinal, a ratio, a range or a quantity, or refuses it (document codes, telephones,
 * clocks, names, references). Each reading gives the figure's exact span; labels come from
 * quantity-labels and timeline-labels.
 */

import type { Figure, FigureKind } from '../analysis-types.ts';
import { findExcludedSpans, overlapsAny, type ExcludedSpans } from './excluded-spans.ts';
import { APPROXIMATORS, DAY_HEADS, PHRASE_STOPS } from './figure-lexicon.ts';
import {
  endsCapitalizedName,
  followsNameOrReferenceHead,
  isGluedToLetters,
  isGluedToLettersAfter,
} from './name-rules.ts';
import type { PhraseContext } from './phrase-reading.ts';
import { quantityLabel } from './quantity-labels.ts';
import { readQuantityTail } from './quantity-tail.ts';
import { romanValue } from './roman-numerals.ts';
import { sentenceAround, sentenceStarts } from './sentence-bounds.ts';
import { phraseKey, syllableKey } from './syllable-key.ts';
import { dateLabel, ordinalLabel, periodLabel } from './timeline-labels.ts';
import { NUMERAL_SOURCE, readNumeral, scale } from './vietnamese-number.ts';
import { isCapitalized, tokenIndexAt, tokenize, type Token } from './word-tokens.ts';

const KEY = {
  ngay: syllableKey('ngày'),
  thang: syllableKey('tháng'),
  nam: syllableKey('năm'),
  thu: syllableKey('thứ'),
  lan: syllableKey('lần'),
  khoa: syllableKey('khóa'),
  quy: syllableKey('quý'),
  trungUong: phraseKey('trung ương'),
  daiHoi: phraseKey('đại hội'),
};
const AGE = syllableKey('tuổi');
const MAX_SENTENCE_CHARS = 600;

const DMY = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/y;
const DAY_MONTH = /(\d{1,2})[/-](\d{1,2})(?![\d/])/y;
const MONTH_YEAR = /(\d{1,2})\s*[/-]\s*(\d{4})(?!\d)/y;
const PERIOD = /((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?![\d/])/y;
const YEAR = /(\d{4})(?![\d]|[.,]\d)/y;
const MONTH_ONLY = /(\d{1,2})(?!\d|[.,/]\d)/y;
const ORDINAL_DIGITS = /(\d+)(?:\/(\d+))?(?!\d|[.,]\d)/y;
const NUMERAL = new RegExp(NUMERAL_SOURCE, 'y');
const RATIO = new RegExp(`(${NUMERAL_SOURCE})/(${NUMERAL_SOURCE})(?![\\d/])`, 'y');
const RANGE = new RegExp(`(${NUMERAL_SOURCE})\\s?[-–]\\s?(${NUMERAL_SOURCE})(?![\\d/])`, 'y');

function execAt(pattern: RegExp, text: string, offset: number): RegExpExecArray | null {
  pattern.lastIndex = offset;
  return pattern.exec(text);
}

const isDay = (day: number): boolean => day >= 1 && day <= 31;
const isMonth = (month: number): boolean => month >= 1 && month <= 12;
const isYear = (year: number): boolean => year >= 1900 && year <= 2100;

interface Reading {
  kind: FigureKind;
  start: number;
  end: number;
  value: number | null;
  values: number[];
  unit?: string;
  /** Decides the label once the span is known. */
  label: (context: PhraseContext, first: number, next: number) => string;
}

class FigureScanner {
  private readonly tokens: Token[];
  private readonly excluded: ExcludedSpans;
  private readonly starts: number[];
  readonly figures: Figure[] = [];

  constructor(private readonly text: string) {
    this.tokens = tokenize(text);
    this.excluded = findExcludedSpans(text);
    this.starts = sentenceStarts(text);
  }

  run(): Figure[] {
    const { tokens } = this;
    let index = 0;
    while (index < tokens.length) {
      const token = tokens[index];
      if (token === undefined) break;
      let reading: Reading | 'skip' | undefined;
      if (token.kind === 'digits' && !overlapsAny(this.excluded.spans, token.start, token.end)) {
        reading = this.readNumberAt(index);
      } else if (token.kind === 'word') {
        reading = this.readRomanOrdinalAt(index);
      }
      if (reading !== undefined && reading !== 'skip') {
        const nextIndex = this.emit(reading);
        index = Math.max(index + 1, nextIndex);
      } else {
        index += 1;
      }
    }
    return this.figures;
  }

  private contextAt(offset: number): PhraseContext {
    const sentence = sentenceAround(this.starts, this.text.length, offset);
    return {
      text: this.text,
      tokens: this.tokens,
      sentenceFirst: tokenIndexAt(this.tokens, sentence.start),
      sentenceEnd: tokenIndexAt(this.tokens, sentence.end),
    };
  }

  private emit(reading: Reading): number {
    const first = tokenIndexAt(this.tokens, reading.start);
    const next = tokenIndexAt(this.tokens, reading.end);
    const context = this.contextAt(reading.start);
    const label = reading.label(context, first, next).replace(/\s+/g, ' ').trim();
    // A count with no noun, or an age bound ("trẻ em dưới 1 tuổi"), is no key figure.
    if (reading.kind === 'count' && (label.length === 0 || syllableKey(label.split(' ')[0] ?? '') === AGE))
      return next;
    const figure: Figure = {
      value: reading.value,
      values: reading.values,
      text: this.text.slice(reading.start, reading.end),
      label: label.length > 0 ? label : fallbackLabel(reading.kind),
      kind: reading.kind,
      sentence: this.sentenceText(reading.start, reading.end),
      start: reading.start,
      end: reading.end,
    };
    if (reading.unit !== undefined) figure.unit = reading.unit;
    this.figures.push(figure);
    return next;
  }

  private lastSentence: { start: number; end: number; text: string } | undefined;

  /** The figure's sentence, trimmed; a run-on "sentence" is cut to a window around the figure. */
  private sentenceText(start: number, end: number): string {
    const sentence = sentenceAround(this.starts, this.text.length, start);
    const sentenceEnd = Math.max(sentence.end, end);
    if (sentenceEnd - sentence.start <= MAX_SENTENCE_CHARS) {
      const cached = this.lastSentence;
      if (cached !== undefined && cached.start === sentence.start && cached.end === sentenceEnd)
        return cached.text;
      const text = this.text.slice(sentence.start, sentenceEnd).trim();
      this.lastSentence = { start: sentence.start, end: sentenceEnd, text };
      return text;
    }
    const from = Math.max(sentence.start, start - MAX_SENTENCE_CHARS / 2);
    const to = Math.min(sentenceEnd, end + MAX_SENTENCE_CHARS / 2);
    const head = from > sentence.start ? '…' : '';
    const tail = to < sentenceEnd ? '…' : '';
    return `${head}${this.text.slice(from, to).trim()}${tail}`;
  }

  private word(index: number): Token | undefined {
    const token = this.tokens[index];
    return token !== undefined && token.kind === 'word' ? token : undefined;
  }

  /** Key of the word(s) right before `index` (1 or 2 words), '' when not words. */
  private keyBefore(index: number, count: 1 | 2): string {
    const one = this.word(index - 1);
    if (one === undefined || this.tokens[index]?.spaced !== true) return '';
    if (count === 1) return one.key;
    const two = this.word(index - 2);
    return two === undefined ? '' : `${two.key} ${one.key}`;
  }

  private timeline(
    kind: FigureKind,
    start: number,
    end: number,
    values: number[],
    headFirst: number,
    headText: string,
  ): Reading {
    const codes = this.excluded.codes;
    return {
      kind,
      start,
      end,
      // As the analyzer's contract says: null for dates, periods and ordinals; their numbers are in values.
      value: null,
      values,
      label: (context, first, next) => {
        if (kind === 'date') return dateLabel(context, codes, first, next);
        if (kind === 'period') return periodLabel(context, codes, first);
        return ordinalLabel(context, headFirst, headText);
      },
    };
  }

  /** Roman numerals only count after an ordinal head: "khóa XII", "lần thứ XIII", "Đại hội XIII", "quý I". */
  private readRomanOrdinalAt(index: number): Reading | undefined {
    const token = this.tokens[index];
    if (token === undefined || !/^[IVXLCDM]+$/.test(token.raw)) return undefined;
    const value = romanValue(token.raw);
    if (value === undefined) return undefined;
    return this.readOrdinalHead(index, token.start, token.end, [value]);
  }

  /** Ordinal or quarter reading for a numeral spanning [start, end) at token `index`. */
  private readOrdinalHead(index: number, start: number, end: number, values: number[]): Reading | undefined {
    const head = this.word(index - 1);
    if (head === undefined || this.tokens[index]?.spaced !== true) return undefined;
    if (head.key === KEY.thu) {
      // "Thứ 2" with a capital is a weekday or a list item; ordinals read "lần thứ 6".
      if (isCapitalized(head)) return undefined;
      const lan = this.word(index - 2);
      const headFirst = lan !== undefined && lan.key === KEY.lan ? index - 2 : index - 1;
      const headStart = this.tokens[headFirst]?.start ?? head.start;
      return this.timeline(
        'ordinal',
        headStart,
        end,
        values,
        headFirst,
        this.text.slice(headStart, head.end),
      );
    }
    if (head.key === KEY.khoa) return this.timeline('ordinal', head.start, end, values, index - 1, head.raw);
    if (head.key === KEY.quy) {
      const year = this.quarterYear(end);
      return this.timeline(
        'period',
        head.start,
        year?.end ?? end,
        year === undefined ? values : [...values, year.value],
        -1,
        '',
      );
    }
    const pair = this.keyBefore(index, 2);
    const pairFirst = this.word(index - 2);
    if (
      (pair === KEY.trungUong || pair === KEY.daiHoi) &&
      pairFirst !== undefined &&
      isCapitalized(pairFirst)
    ) {
      return this.timeline('ordinal', start, end, values, index, '');
    }
    return undefined;
  }

  /** "/2025" or " năm 2025" after a quarter. */
  private quarterYear(offset: number): { value: number; end: number } | undefined {
    const match = /^(?:\/|\s+\S+\s+)(\d{4})(?!\d)/.exec(this.text.slice(offset, offset + 12));
    if (match === null) return undefined;
    const separator = match[0].slice(0, match[0].length - 4).trim();
    if (separator !== '/' && syllableKey(separator) !== KEY.nam) return undefined;
    return { value: Number(match[1]), end: offset + match[0].length };
  }

  private readNumberAt(index: number): Reading | 'skip' | undefined {
    const { text, tokens } = this;
    const token = tokens[index];
    if (token === undefined) return undefined;
    const offset = token.start;
    if (isGluedToLetters(tokens, index)) return 'skip';

    const ordinal = execAt(ORDINAL_DIGITS, text, offset);
    if (ordinal !== null) {
      const values = [Number(ordinal[1])];
      if (ordinal[2] !== undefined) values.push(Number(ordinal[2]));
      const reading = this.readOrdinalHead(index, offset, offset + ordinal[0].length, values);
      if (reading !== undefined) return reading;
      if (this.word(index - 1)?.key === KEY.thu) return 'skip';
    }
    return this.readDateAt(index) ?? this.readQuantityAt(index);
  }

  private readDateAt(index: number): Reading | undefined {
    const { text } = this;
    const token = this.tokens[index];
    if (token === undefined) return undefined;
    const offset = token.start;
    const headKey = this.keyBefore(index, 1);
    const head = this.word(index - 1);
    const headStart = head !== undefined && token.spaced ? head.start : offset;
    const dayHeadLength = DAY_HEADS.has(this.keyBefore(index, 2)) ? 2 : DAY_HEADS.has(headKey) ? 1 : 0;
    const dateStart = dayHeadLength > 0 ? (this.word(index - dayHeadLength)?.start ?? offset) : offset;

    const dmy = execAt(DMY, text, offset);
    if (dmy !== null && isDay(Number(dmy[1])) && isMonth(Number(dmy[3])) && isYear(Number(dmy[4]))) {
      return this.timeline(
        'date',
        dateStart,
        offset + dmy[0].length,
        [Number(dmy[1]), Number(dmy[3]), Number(dmy[4])],
        -1,
        '',
      );
    }
    const isDayHead = dayHeadLength > 0;
    const spelled = this.readSpelledDate(index, isDayHead);
    if (spelled !== undefined) return this.timeline('date', dateStart, spelled.end, spelled.values, -1, '');

    if (headKey === KEY.thang) {
      const monthYear = execAt(MONTH_YEAR, text, offset);
      if (monthYear !== null && isMonth(Number(monthYear[1])) && isYear(Number(monthYear[2]))) {
        return this.timeline(
          'date',
          headStart,
          offset + monthYear[0].length,
          [Number(monthYear[1]), Number(monthYear[2])],
          -1,
          '',
        );
      }
      const monthOnly = execAt(MONTH_ONLY, text, offset);
      if (monthOnly !== null && isMonth(Number(monthOnly[1]))) {
        const year = this.spelledYearAfter(index + 1);
        const values = year === undefined ? [Number(monthOnly[1])] : [Number(monthOnly[1]), year.value];
        return this.timeline('date', headStart, year?.end ?? offset + monthOnly[0].length, values, -1, '');
      }
    }
    if (isDayHead) {
      const dayMonth = execAt(DAY_MONTH, text, offset);
      if (dayMonth !== null && isDay(Number(dayMonth[1])) && isMonth(Number(dayMonth[2]))) {
        return this.timeline(
          'date',
          dateStart,
          offset + dayMonth[0].length,
          [Number(dayMonth[1]), Number(dayMonth[2])],
          -1,
          '',
        );
      }
    }
    const period = execAt(PERIOD, text, offset);
    if (period !== null) {
      const from = Number(period[1]);
      const to = Number(period[2]);
      if (to > from && to - from <= 50)
        return this.timeline('period', offset, offset + period[0].length, [from, to], -1, '');
    }
    const year = execAt(YEAR, text, offset);
    if (year !== null && isYear(Number(year[1]))) {
      if (headKey === KEY.nam) return this.timeline('date', headStart, offset + 4, [Number(year[1])], -1, '');
      // Vietnamese writes 4-digit counts with a dot ("2.030 hộ"): a bare 19xx/20xx is a year
      // unless a counted noun follows it.
      const next = this.tokens[index + 1];
      const countedNounFollows =
        next !== undefined &&
        next.kind === 'word' &&
        next.spaced &&
        !isCapitalized(next) &&
        !PHRASE_STOPS.has(next.key);
      if (!countedNounFollows) return this.timeline('date', offset, offset + 4, [Number(year[1])], -1, '');
    }
    const monthYear = execAt(MONTH_YEAR, text, offset);
    if (
      monthYear !== null &&
      !/\s/.test(monthYear[0]) &&
      isMonth(Number(monthYear[1])) &&
      isYear(Number(monthYear[2]))
    ) {
      return this.timeline(
        'date',
        offset,
        offset + monthYear[0].length,
        [Number(monthYear[1]), Number(monthYear[2])],
        -1,
        '',
      );
    }
    return undefined;
  }

  /** " năm 2017" after a month token. */
  private spelledYearAfter(index: number): { value: number; end: number } | undefined {
    const word = this.word(index);
    const digits = this.tokens[index + 1];
    if (word === undefined || word.key !== KEY.nam || digits === undefined || digits.kind !== 'digits')
      return undefined;
    const value = Number(digits.raw);
    const after = this.tokens[index + 2];
    const glued = after !== undefined && !after.spaced && after.kind !== 'punct';
    if (digits.raw.length !== 4 || !isYear(value) || glued) return undefined;
    return { value, end: digits.end };
  }

  /** "25 tháng 10 năm 2017", "ngày 3 tháng 3". */
  private readSpelledDate(index: number, isDayHead: boolean): { values: number[]; end: number } | undefined {
    const day = this.tokens[index];
    const month = this.tokens[index + 2];
    if (
      day === undefined ||
      month === undefined ||
      this.word(index + 1)?.key !== KEY.thang ||
      month.kind !== 'digits'
    )
      return undefined;
    const dayValue = Number(day.raw);
    const monthValue = Number(month.raw);
    if (!isDay(dayValue) || !isMonth(monthValue) || this.tokens[index + 1]?.spaced !== true) return undefined;
    const year = this.spelledYearAfter(index + 3);
    if (year === undefined && !isDayHead) return undefined;
    return year === undefined
      ? { values: [dayValue, monthValue], end: month.end }
      : { values: [dayValue, monthValue, year.value], end: year.end };
  }

  /** Approximators written right before the number: "trên 1.200", "gần 3 tỷ". */
  private approximatorStart(index: number): number | undefined {
    if (this.tokens[index]?.spaced !== true) return undefined;
    if (APPROXIMATORS.has(this.keyBefore(index, 2))) return this.word(index - 2)?.start;
    if (APPROXIMATORS.has(this.keyBefore(index, 1))) return this.word(index - 1)?.start;
    return undefined;
  }

  private readQuantityAt(index: number): Reading | 'skip' | undefined {
    const { text, tokens } = this;
    const token = tokens[index];
    if (token === undefined) return undefined;
    const offset = token.start;
    if (followsNameOrReferenceHead(tokens, index)) return 'skip';

    let values: number[];
    let numeralEnd: number;
    let isRatio = false;
    const ratio = execAt(RATIO, text, offset);
    const range = ratio === null ? execAt(RANGE, text, offset) : null;
    if (ratio !== null && ratio[1] !== undefined && ratio[2] !== undefined) {
      values = [readNumeral(ratio[1]).value, readNumeral(ratio[2]).value];
      numeralEnd = offset + ratio[0].length;
      isRatio = true;
    } else if (
      range !== null &&
      range[1] !== undefined &&
      range[2] !== undefined &&
      readNumeral(range[1]).value < readNumeral(range[2]).value
    ) {
      values = [readNumeral(range[1]).value, readNumeral(range[2]).value];
      numeralEnd = offset + range[0].length;
    } else {
      const numeral = execAt(NUMERAL, text, offset);
      if (numeral === null) return undefined;
      const read = readNumeral(numeral[0]);
      values = [read.value];
      numeralEnd = offset + read.length;
    }
    if (overlapsAny(this.excluded.spans, offset, numeralEnd)) return 'skip';
    const nextToken = tokenIndexAt(tokens, numeralEnd);
    const tail = readQuantityTail(tokens, nextToken, numeralEnd);
    if (tail.unitStart === undefined && isGluedToLettersAfter(tokens, nextToken)) return 'skip';
    const context = this.contextAt(offset);
    if (
      tail.unitStart === undefined &&
      !isRatio &&
      endsCapitalizedName(tokens, index, nextToken, context.sentenceFirst)
    )
      return 'skip';

    const kind: FigureKind = tail.kind === 'plain' ? (isRatio ? 'ratio' : 'count') : tail.kind;
    const scaled = isRatio ? values : values.map((value) => scale(value, tail.factor));
    const start = this.approximatorStart(index) ?? offset;
    const reading: Reading = {
      kind,
      start,
      end: tail.end,
      value: scaled[0] ?? null,
      values: scaled,
      label: (labelContext, first, next) =>
        quantityLabel(labelContext, { first, numeral: index, next }, kind),
    };
    if (tail.unitStart !== undefined) reading.unit = text.slice(tail.unitStart, tail.end);
    return reading;
  }
}

function fallbackLabel(kind: FigureKind): string {
  switch (kind) {
    case 'percent':
      return 'tỷ lệ';
    case 'money':
      return 'số tiền';
    case 'measure':
      return 'số đo';
    case 'date':
      return 'thời điểm';
    case 'period':
      return 'giai đoạn';
    case 'ordinal':
      return 'thứ tự';
    default:
      return 'số lượng';
  }
}

export function scanFigures(text: string): Figure[] {
  return new FigureScanner(text).run();
}
