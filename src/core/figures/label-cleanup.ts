/**
 * What a label read before a number must not carry: the speaker ("Giám đốc Sở … cho biết")
 * and the spans of time around the quantity ("doanh thu 9 tháng đầu năm" measures revenue).
 */

import { lexicon } from './lexicon.ts';
import {
  keyOf,
  matchAt,
  phraseBefore,
  phraseText,
  sentenceSubject,
  trimRange,
  type PhraseContext,
  type Range,
} from './phrase-reading.ts';
import { isCapitalized } from './word-tokens.ts';

/** Length of a lexicon phrase of up to 3 words at `index`, or 0. */
function lengthAt(context: PhraseContext, index: number, set: ReadonlySet<string>): number {
  for (const size of [3, 2, 1]) if (set.has(keyOf(context.tokens, index, size))) return size;
  return 0;
}

/**
 * Drops the speaker from a range read before a number: everything up to a reporting verb
 * ("… cho biết, 58 hộ"), and a range that opens with a title and a name is no label at all.
 */
export function withoutSpeaker(context: PhraseContext, range: Range | undefined): Range | undefined {
  if (range === undefined) return undefined;
  let { from } = range;
  const reporting = lexicon().REPORTING_VERBS;
  for (let i = range.to - 1; i >= range.from; i -= 1) {
    const length = lengthAt(context, i, reporting);
    if (length > 0 && i + length <= range.to) {
      from = i + length;
      break;
    }
  }
  const trimmed = trimRange(context.tokens, { from, to: range.to });
  if (trimmed === undefined) return undefined;
  const title = lengthAt(context, trimmed.from, lexicon().PERSON_TITLES);
  const after = context.tokens[trimmed.from + title];
  if (title > 0 && after !== undefined && isCapitalized(after)) return undefined;
  return trimmed;
}

/** "9 tháng đầu năm", "6 tháng qua", "năm 2025" inside a label: when, not what. */
const TIME_SPAN_IN_LABEL =
  /(?:^|\s)(?:trong\s+|sau\s+)?\d+\s+(?:tháng|năm|ngày|tuần|quý)(?:\s+(?:đầu|cuối|giữa)\s+năm|\s+(?:qua|vừa qua|gần đây|đầu|cuối))?(?=\s|$)/giu;

/** "hộ thoát nghèo trong năm [2025]": a date cut off at the end leaves its preposition and unit. */
const CUT_DATE_AT_END = /\s+(?:trong|vào|đến|từ)\s+(?:năm|tháng|ngày)$/u;

export function withoutTimeSpans(label: string): string {
  const cut = CUT_DATE_AT_END.test(label.normalize('NFC'));
  const nfc = cut ? label.normalize('NFC').replace(CUT_DATE_AT_END, '') : label.normalize('NFC');
  TIME_SPAN_IN_LABEL.lastIndex = 0;
  if (!TIME_SPAN_IN_LABEL.test(nfc)) return cut ? nfc : label;
  const cleaned = nfc.replace(TIME_SPAN_IN_LABEL, ' ').replace(/\s+/g, ' ').trim();
  return cleaned.length > 0 ? cleaned : label;
}

/** Whether the noun phrase [from, to) is a classifier alone ("con", "lượt", "trường hợp"). */
export function isBareClassifier(context: PhraseContext, range: Range | undefined): boolean {
  if (range === undefined) return false;
  const length = range.to - range.from;
  return length <= 2 && matchAt(context.tokens, range.from, lexicon().CLASSIFIERS) === length;
}

/** Whether the token after the number is a unit of time ("9 tháng", "3 ngày"), not "ngày công". */
export function isTimeSpanAt(context: PhraseContext, index: number): boolean {
  const { TIME_SPANS, TIME_SPAN_EXCEPTIONS } = lexicon();
  if (matchAt(context.tokens, index, TIME_SPAN_EXCEPTIONS) === 2) return false;
  return matchAt(context.tokens, index, TIME_SPANS) > 0;
}

export function join(...parts: string[]): string {
  return parts
    .filter((part) => part.length > 0)
    .join(' ')
    .trim();
}

/** "Thăm hỏi" opening a sentence reads "thăm hỏi" inside a label; acronyms stay as written. */
export function lowerSentenceStart(words: string): string {
  const second = words.charAt(1);
  return second !== '' && second === second.toLowerCase()
    ? words.charAt(0).toLowerCase() + words.slice(1)
    : words;
}

/** The words before the number in its clause, or the sentence's subject; never a speaker. */
export function beforeOrSubject(context: PhraseContext, index: number): string {
  const before = phraseText(context, withoutSpeaker(context, phraseBefore(context, index)));
  if (before.length > 0) return before;
  return phraseText(context, withoutSpeaker(context, sentenceSubject(context, index)));
}
