/**
 * Ordinals and quarters: "lần thứ 6", "kỳ họp thứ 8", "khóa XII", "Đại hội XIII", "quý I/2025".
 * Roman numerals count only after such a head.
 */

import { lexicon } from './lexicon.ts';
import { romanValue } from './roman-numerals.ts';
import { syllableKey } from './syllable-key.ts';
import type { TokenView } from './token-view.ts';
import { isCapitalized } from './word-tokens.ts';

export interface OrdinalFind {
  kind: 'ordinal' | 'period';
  start: number;
  end: number;
  values: number[];
  /** First token of the head ("lần thứ", "khóa"), -1 when the label needs none. */
  headFirst: number;
  headText: string;
}

/** "/2025" or " năm 2025" after a quarter. */
function quarterYear(view: TokenView, offset: number): { value: number; end: number } | undefined {
  const match = /^(?:\/|\s+\S+\s+)(\d{4})(?!\d)/.exec(view.text.slice(offset, offset + 12));
  if (match === null) return undefined;
  const separator = match[0].slice(0, match[0].length - 4).trim();
  if (separator !== '/' && syllableKey(separator) !== syllableKey('năm')) return undefined;
  return { value: Number(match[1]), end: offset + match[0].length };
}

/** Ordinal or quarter reading for a numeral spanning [start, end) at token `index`. */
export function readOrdinalHead(
  view: TokenView,
  index: number,
  start: number,
  end: number,
  values: number[],
): OrdinalFind | undefined {
  const head = view.word(index - 1);
  if (head === undefined || view.tokens[index]?.spaced !== true) return undefined;
  if (head.key === syllableKey('thứ')) {
    // "Thứ 2" with a capital is a weekday or a list item; ordinals read "lần thứ 6".
    if (isCapitalized(head)) return undefined;
    const lan = view.word(index - 2);
    const headFirst = lan !== undefined && lan.key === syllableKey('lần') ? index - 2 : index - 1;
    const headStart = view.tokens[headFirst]?.start ?? head.start;
    const headText = view.text.slice(headStart, head.end);
    return { kind: 'ordinal', start: headStart, end, values, headFirst, headText };
  }
  if (head.key === syllableKey('khóa'))
    return { kind: 'ordinal', start: head.start, end, values, headFirst: index - 1, headText: head.raw };
  if (head.key === syllableKey('quý')) {
    const year = quarterYear(view, end);
    const withYear = year === undefined ? values : [...values, year.value];
    return {
      kind: 'period',
      start: head.start,
      end: year?.end ?? end,
      values: withYear,
      headFirst: -1,
      headText: '',
    };
  }
  const pairFirst = view.word(index - 2);
  if (
    lexicon().CAPITALIZED_ORDINAL_HEADS.has(view.keyBefore(index, 2)) &&
    pairFirst !== undefined &&
    isCapitalized(pairFirst)
  ) {
    return { kind: 'ordinal', start, end, values, headFirst: index, headText: '' };
  }
  return undefined;
}

/** Roman numerals only count after an ordinal head: "khóa XII", "lần thứ XIII", "quý I". */
export function readRomanOrdinalAt(view: TokenView, index: number): OrdinalFind | undefined {
  const token = view.tokens[index];
  if (token === undefined || !/^[IVXLCDM]+$/.test(token.raw)) return undefined;
  const value = romanValue(token.raw);
  if (value === undefined) return undefined;
  return readOrdinalHead(view, index, token.start, token.end, [value]);
}
