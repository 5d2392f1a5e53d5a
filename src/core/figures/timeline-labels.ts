/**
 * Labels for dates, periods and ordinals: what they are attached to. A date right after a
 * document ("Nghị quyết số 18-NQ/TW, ngày 25/10/2017") belongs to that document; a period
 * belongs to the noun before it ("nhiệm kỳ", "giai đoạn") and, when the sentence cites a
 * document, to that document; an ordinal belongs to the name before it ("Ban Chấp hành
 * Trung ương Đảng khóa XII").
 */

import type { Span } from './excluded-spans.ts';
import { lastSpanBefore } from './excluded-spans.ts';
import { lexicon } from './lexicon.ts';
import { phraseBefore, phraseText, trimRange, type PhraseContext, type Range } from './phrase-reading.ts';
import { isCapitalized, tokenIndexAt } from './word-tokens.ts';
import { syllableKey } from './syllable-key.ts';

const MAX_NAME_WORDS = 8;
const MAX_EVENT_WORDS = 12;

/** "Nghị quyết số 18-NQ/TW": the code with the capitalized document words before it. */
export function documentReference(context: PhraseContext, code: Span): string {
  const { tokens, text } = context;
  const codeFirst = tokenIndexAt(tokens, code.start);
  let cursor = codeFirst;
  if (tokens[cursor - 1]?.key === syllableKey('số')) cursor -= 1;
  let start = cursor;
  for (const size of [3, 2, 1]) {
    const words = tokens.slice(Math.max(0, cursor - size), cursor);
    if (
      words.length === size &&
      words.every((word) => word.kind === 'word') &&
      lexicon().DOCUMENT_TYPES.has(words.map((word) => word.key).join(' '))
    ) {
      start = cursor - size;
      break;
    }
  }
  // An unlisted document type: the capitalized words before the code, but not a
  // sentence-opening word such as "Theo".
  for (
    let i = cursor - 1, words = 0;
    start === cursor && i > context.sentenceFirst && words < 4;
    i -= 1, words += 1
  ) {
    const token = tokens[i];
    if (token === undefined || token.kind !== 'word') break;
    if (isCapitalized(token)) start = i;
  }
  const from = start < cursor ? (tokens[start]?.start ?? code.start) : code.start;
  return text.slice(from, code.end).replace(/\s+/g, ' ');
}

function codeInSentence(context: PhraseContext, codes: readonly Span[], offset: number): Span | undefined {
  const code = lastSpanBefore(codes, offset);
  const sentenceStart = context.tokens[context.sentenceFirst]?.start ?? 0;
  return code !== undefined && code.start >= sentenceStart ? code : undefined;
}

function trimTemporal(context: PhraseContext, range: Range | undefined): Range | undefined {
  if (range === undefined) return undefined;
  let { from, to } = range;
  const isTemporal = (index: number): boolean => {
    const token = context.tokens[index];
    return token !== undefined && (token.kind !== 'word' || lexicon().TEMPORAL_WORDS.has(token.key));
  };
  while (to > from && isTemporal(to - 1)) to -= 1;
  while (to > from && isTemporal(from)) from += 1;
  return to > from ? { from, to } : undefined;
}

function wordCount(context: PhraseContext, range: Range | undefined): number {
  if (range === undefined) return 0;
  let count = 0;
  for (let i = range.from; i < range.to; i += 1) if (context.tokens[i]?.kind === 'word') count += 1;
  return count;
}

/** The clause after a sentence-opening date ("Sáng 3/3, tại …, Ban Thường vụ Tỉnh ủy tổ chức …"). */
function eventAfter(context: PhraseContext, next: number): string {
  const { tokens } = context;
  let cursor = next;
  const limit = Math.min(context.sentenceEnd, next + 60);
  for (let clause = 0; clause < 3; clause += 1) {
    while (tokens[cursor]?.kind === 'punct' && cursor < limit) cursor += 1;
    const opener = tokens[cursor];
    if (opener === undefined || cursor >= limit) return '';
    if (opener.key !== syllableKey('tại')) break;
    while (cursor < limit && tokens[cursor]?.raw !== ',') cursor += 1;
  }
  let end = cursor;
  let words = 0;
  while (end < limit && words < MAX_EVENT_WORDS) {
    const token = tokens[end];
    if (token === undefined) break;
    // Numbers belong to the event ("toàn tỉnh có 12.345 hộ nghèo"); other punctuation ends it.
    const inNumber =
      token.kind === 'punct' &&
      !token.spaced &&
      (token.raw === '.' || token.raw === ',') &&
      tokens[end - 1]?.kind === 'digits' &&
      tokens[end + 1]?.kind === 'digits' &&
      tokens[end + 1]?.spaced === false;
    if (token.kind === 'punct' && !inNumber) break;
    if (token.kind === 'word') words += 1;
    end += 1;
  }
  if (words === 0) return '';
  return phraseText(context, trimRange(tokens, { from: cursor, to: end }));
}

export function dateLabel(
  context: PhraseContext,
  codes: readonly Span[],
  first: number,
  next: number,
): string {
  const { tokens, text } = context;
  const start = tokens[first]?.start ?? 0;
  const code = codeInSentence(context, codes, start);
  if (code !== undefined) {
    const between = text
      .slice(code.end, start)
      .split(/[\s,()]+/)
      .filter((word) => word.length > 0);
    if (between.every((word) => lexicon().CODE_TO_DATE.has(syllableKey(word))))
      return documentReference(context, code);
  }
  const before = trimTemporal(context, phraseBefore(context, first));
  if (wordCount(context, before) >= 2) return phraseText(context, before);
  // A date in brackets dates what precedes them: "Ngày Toàn quốc kháng chiến (19/12/1946 - …)".
  if (tokens[first - 1]?.raw === '(') {
    const bracketed = phraseBefore(context, first - 1);
    if (wordCount(context, bracketed) >= 2) return phraseText(context, bracketed);
  }
  const event = eventAfter(context, next);
  if (event.length > 0) return event;
  return phraseText(context, before) || 'thời điểm';
}

/** Length (in words) of a period head ending just before `first`, or 0. */
function periodHeadLength(context: PhraseContext, first: number): number {
  const { tokens } = context;
  const one = tokens[first - 1];
  const two = tokens[first - 2];
  if (two?.kind === 'word' && one?.kind === 'word' && lexicon().PERIOD_HEADS.has(`${two.key} ${one.key}`))
    return 2;
  return one?.kind === 'word' && lexicon().PERIOD_HEADS.has(one.key) ? 1 : 0;
}

export function periodLabel(context: PhraseContext, codes: readonly Span[], first: number): string {
  const headLength = periodHeadLength(context, first);
  const head = headLength > 0 ? phraseText(context, { from: first - headLength, to: first }) : '';
  const code = codeInSentence(context, codes, context.tokens[first]?.start ?? 0);
  if (code !== undefined)
    return head.length > 0
      ? `${documentReference(context, code)}, ${head}`
      : documentReference(context, code);
  if (head.length > 0) {
    // A capitalized name before the head qualifies it: "Vụ Đông Xuân", "Đại hội … nhiệm kỳ".
    const before = phraseBefore(context, first - headLength, 4);
    const opener = before === undefined ? undefined : context.tokens[before.from];
    const qualifier = opener !== undefined && isCapitalized(opener) ? phraseText(context, before) : '';
    return qualifier.length > 0 ? `${qualifier} ${head}` : head;
  }
  const before = trimTemporal(context, phraseBefore(context, first, 6));
  return phraseText(context, before) || 'giai đoạn';
}

/**
 * The name an ordinal belongs to: the capitalized phrase before its head word, then the
 * head ("Nghị quyết Hội nghị" + "lần thứ"), or the two words before it when nothing is
 * capitalized ("kỳ họp" + "thứ").
 */
export function ordinalLabel(context: PhraseContext, headFirst: number, headText: string): string {
  const { tokens } = context;
  let leftmostCapital = -1;
  let cursor = headFirst;
  for (let words = 0; cursor > context.sentenceFirst && words < MAX_NAME_WORDS; words += 1) {
    const token = tokens[cursor - 1];
    if (token === undefined || token.kind !== 'word') break;
    cursor -= 1;
    if (isCapitalized(token)) leftmostCapital = cursor;
  }
  const from = leftmostCapital >= 0 ? leftmostCapital : Math.max(cursor, headFirst - 2);
  const name = phraseText(context, { from, to: headFirst });
  return [name, headText].filter((part) => part.length > 0).join(' ');
}
