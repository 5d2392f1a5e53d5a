/**
 * Reading a number as a quantity: a ratio ("22/23"), a range ("3-5"), or one numeral, with
 * its approximator before ("trên 1.200") and its tail after (scale words, %, a currency, a
 * unit). Numbers written in words before a counted noun ("hai đồng chí", "ba xã") are read
 * too. Names and references are refused ("Sư đoàn 316", "Điều 21", "SEA Games 31").
 */

import type { FigureKind } from '../analysis-types.ts';
import { overlapsAny, type Span } from './excluded-spans.ts';
import { lexicon } from './lexicon.ts';
import { endsCapitalizedName, followsNameOrReferenceHead, isGluedToLettersAfter } from './name-rules.ts';
import { readQuantityTail } from './quantity-tail.ts';
import { syllableKey } from './syllable-key.ts';
import type { TokenView } from './token-view.ts';
import { NUMERAL_SOURCE, readNumeral, scale } from './vietnamese-number.ts';
import { isCapitalized, tokenIndexAt } from './word-tokens.ts';

export interface QuantityFind {
  kind: FigureKind;
  start: number;
  end: number;
  values: number[];
  unit?: string;
  /** Token index of the numeral itself. */
  numeral: number;
}

const NUMERAL = new RegExp(NUMERAL_SOURCE, 'y');
const RATIO = new RegExp(`(${NUMERAL_SOURCE})/(${NUMERAL_SOURCE})(?![\\d/])`, 'y');
const RANGE = new RegExp(`(${NUMERAL_SOURCE})\\s?[-–]\\s?(${NUMERAL_SOURCE})(?![\\d/])`, 'y');

function execAt(pattern: RegExp, text: string, offset: number): RegExpExecArray | null {
  pattern.lastIndex = offset;
  return pattern.exec(text);
}

/** Approximators written right before the number: "trên 1.200", "gần 3 tỷ". */
function approximatorStart(view: TokenView, index: number): number | undefined {
  if (view.tokens[index]?.spaced !== true) return undefined;
  const approximators = lexicon().APPROXIMATORS;
  if (approximators.has(view.keyBefore(index, 2))) return view.word(index - 2)?.start;
  if (approximators.has(view.keyBefore(index, 1))) return view.word(index - 1)?.start;
  return undefined;
}

/** The numbers at `offset`: a ratio, an ascending range, or one numeral. */
function readNumerals(
  text: string,
  offset: number,
): { values: number[]; end: number; isRatio: boolean } | undefined {
  const ratio = execAt(RATIO, text, offset);
  if (ratio !== null && ratio[1] !== undefined && ratio[2] !== undefined) {
    const values = [readNumeral(ratio[1]).value, readNumeral(ratio[2]).value];
    return { values, end: offset + ratio[0].length, isRatio: true };
  }
  const range = execAt(RANGE, text, offset);
  if (range !== null && range[1] !== undefined && range[2] !== undefined) {
    const values = [readNumeral(range[1]).value, readNumeral(range[2]).value];
    if ((values[0] ?? 0) < (values[1] ?? 0)) return { values, end: offset + range[0].length, isRatio: false };
  }
  const numeral = execAt(NUMERAL, text, offset);
  if (numeral === null) return undefined;
  const read = readNumeral(numeral[0]);
  return { values: [read.value], end: offset + read.length, isRatio: false };
}

/** Kind, scaled values, span and unit of a quantity whose numerals end at `numeralEnd`. */
function finish(
  view: TokenView,
  index: number,
  start: number,
  numeralEnd: number,
  read: { values: number[]; isRatio: boolean },
): QuantityFind | 'skip' {
  const nextToken = tokenIndexAt(view.tokens, numeralEnd);
  const tail = readQuantityTail(view.tokens, nextToken, numeralEnd);
  if (tail.unitStart === undefined && isGluedToLettersAfter(view.tokens, nextToken)) return 'skip';
  const kind: FigureKind = tail.kind === 'plain' ? (read.isRatio ? 'ratio' : 'count') : tail.kind;
  const values = read.isRatio ? read.values : read.values.map((value) => scale(value, tail.factor));
  const found: QuantityFind = { kind, start, end: tail.end, values, numeral: index };
  if (tail.unitStart !== undefined) found.unit = view.text.slice(tail.unitStart, tail.end);
  return found;
}

export function readQuantityAt(
  view: TokenView,
  index: number,
  excluded: readonly Span[],
  sentenceFirst: number,
): QuantityFind | 'skip' | undefined {
  const { text, tokens } = view;
  const token = tokens[index];
  if (token === undefined) return undefined;
  if (followsNameOrReferenceHead(tokens, index)) return 'skip';
  const read = readNumerals(text, token.start);
  if (read === undefined) return undefined;
  if (overlapsAny(excluded, token.start, read.end)) return 'skip';
  const nextToken = tokenIndexAt(tokens, read.end);
  const found = finish(view, index, approximatorStart(view, index) ?? token.start, read.end, read);
  if (found === 'skip') return 'skip';
  if (
    found.unit === undefined &&
    !read.isRatio &&
    endsCapitalizedName(tokens, index, nextToken, sentenceFirst)
  )
    return 'skip';
  return found;
}

/** The value of the number words from `index` ("hai mươi lăm" = 25), with the index after them. */
function numberWords(view: TokenView, index: number): { value: number; next: number } | undefined {
  const { NUMBER_WORDS, NUMBER_WORD_HEADS } = lexicon();
  const first = view.word(index);
  if (first === undefined || !NUMBER_WORD_HEADS.has(first.key)) return undefined;
  const valueAt = (i: number): number | undefined => {
    const word = view.word(i);
    return word === undefined || view.tokens[i]?.spaced !== true ? undefined : NUMBER_WORDS.get(word.key);
  };
  const head = NUMBER_WORDS.get(first.key) ?? 0;
  const second = valueAt(index + 1);
  const secondKey = view.word(index + 1)?.key;
  if (head === 10) {
    // "mười hai" = 12, "mười lăm" = 15.
    return second !== undefined && second < 10
      ? { value: 10 + second, next: index + 2 }
      : { value: 10, next: index + 1 };
  }
  if (second === 10 && secondKey === syllableKey('mươi')) {
    const third = valueAt(index + 2);
    return third !== undefined && third < 10
      ? { value: head * 10 + third, next: index + 3 }
      : { value: head * 10, next: index + 2 };
  }
  if (second === 100) return { value: head * 100, next: index + 2 };
  // "hai mười", "ba hai": not one number; the first word alone.
  return { value: head, next: index + 1 };
}

/** Whether the word at `index` opens its sentence (its capital then says nothing). */
function opensSentence(view: TokenView, index: number, sentenceFirst: number): boolean {
  if (index <= sentenceFirst) return true;
  const before = view.tokens[index - 1];
  return before !== undefined && before.kind === 'punct' && /[.!?:;…"“(-]/.test(before.raw);
}

/** "hai đồng chí", "ba xã", "mười hộ": a count in words before a counted noun. */
export function readNumberWordsAt(
  view: TokenView,
  index: number,
  sentenceFirst: number,
): QuantityFind | undefined {
  const token = view.word(index);
  if (token === undefined) return undefined;
  const lex = lexicon();
  if (!lex.NUMBER_WORD_HEADS.has(token.key)) return undefined;
  // "Ba Chẽ", "Bảy Núi": a capital inside a sentence starts a name.
  if (isCapitalized(token) && !opensSentence(view, index, sentenceFirst)) return undefined;
  if (lex.NUMBER_WORD_BLOCKERS.has(view.keyBefore(index, 1))) return undefined;
  const read = numberWords(view, index);
  if (read === undefined) return undefined;
  const noun = view.word(read.next);
  if (noun === undefined || view.tokens[read.next]?.spaced !== true || isCapitalized(noun)) return undefined;
  const pair = view.keyAt(read.next, 2);
  if (lex.NUMBER_WORD_IDIOMS.has(noun.key) || lex.NUMBER_WORD_IDIOMS.has(pair)) return undefined;
  if (lex.PHRASE_STOPS.has(noun.key) || lex.LEVEL_VERBS.has(noun.key) || lex.DANGLING_END.has(noun.key))
    return undefined;
  const last = view.tokens[read.next - 1];
  if (last === undefined) return undefined;
  const found = finish(view, index, token.start, last.end, { values: [read.value], isRatio: false });
  return found === 'skip' ? undefined : found;
}
