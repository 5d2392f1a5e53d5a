/**
 * Reading phrases around a number, on tokens: the noun phrase that follows it, the words
 * that precede it within the clause, the verb that governs it, the sentence's subject.
 * Each reader returns a token range [from, to) or undefined; phraseText turns a range into
 * the words as written.
 */

import { isCapitalized, type Token } from './word-tokens.ts';
import { lexicon } from './lexicon.ts';
import { phraseKey } from './syllable-key.ts';

export interface Range {
  from: number;
  to: number;
}

/** Tokens and the sentence (as token indices) a figure sits in. */
export interface PhraseContext {
  text: string;
  tokens: readonly Token[];
  sentenceFirst: number;
  /** Index just after the sentence's last token. */
  sentenceEnd: number;
  /** The quantity read just before in the same sentence, if any: a change after it is about it. */
  previous?: PreviousQuantity;
  /** The last label read earlier in the text whose first word is `head` ("vụ" → "vụ tai nạn giao thông"). */
  earlierLabel?: (head: string) => string | undefined;
}

export interface PreviousQuantity {
  /** What it measures: its label, or a percentage's subject. */
  subject: string;
  /** Token after it. */
  next: number;
  /** Token before it: "từ" in "giảm từ 28% xuống 14,6%". */
  before: number;
}

const MAX_AFTER_WORDS = 12;
const MAX_BEFORE_WORDS = 12;
const MAX_SUBJECT_WORDS = 10;
/** How far a clause boundary is looked for: keeps run-on texts linear. */
const MAX_CLAUSE_TOKENS = 80;
let subjectEndsSet: ReadonlySet<string> | undefined;
/** Words that end a sentence's subject: its verb starts. */
function subjectEnds(): ReadonlySet<string> {
  subjectEndsSet ??= new Set([
    ...lexicon().BACKWARD_STOPS,
    ...['là', 'có', 'được', 'ước', 'đã', 'đang', 'sẽ', 'ước đạt', 'dự kiến'].map(phraseKey),
  ]);
  return subjectEndsSet;
}

export function keyOf(tokens: readonly Token[], index: number, count: number): string {
  const parts: string[] = [];
  for (let i = index; i < index + count; i += 1) {
    const token = tokens[i];
    if (token === undefined || token.kind !== 'word') return '';
    parts.push(token.key);
  }
  return parts.join(' ');
}

/** Length (1 or 2 words) of a lexicon phrase starting at `index`, or 0. */
export function matchAt(tokens: readonly Token[], index: number, set: ReadonlySet<string>): number {
  if (set.has(keyOf(tokens, index, 2))) return 2;
  return set.has(keyOf(tokens, index, 1)) ? 1 : 0;
}

/** Length (1 or 2 words) of a lexicon phrase ending at `index`, or 0. */
function matchEndingAt(
  tokens: readonly Token[],
  index: number,
  set: ReadonlySet<string>,
  floor: number,
): number {
  if (index - 1 >= floor && set.has(keyOf(tokens, index - 1, 2))) return 2;
  return set.has(keyOf(tokens, index, 1)) ? 1 : 0;
}

export function phraseText(context: PhraseContext, range: Range | undefined): string {
  if (range === undefined || range.to <= range.from) return '';
  const first = context.tokens[range.from];
  const last = context.tokens[range.to - 1];
  if (first === undefined || last === undefined) return '';
  return context.text.slice(first.start, last.end).replace(/\s+/g, ' ').trim();
}

/** Drops function words that cannot open or close a label. */
export function trimRange(tokens: readonly Token[], range: Range): Range | undefined {
  let { from, to } = range;
  for (let changed = true; changed && to > from;) {
    changed = false;
    const last = tokens[to - 1];
    if (last !== undefined && last.kind === 'punct') {
      to -= 1;
      changed = true;
      continue;
    }
    // "giải phóng mặt bằng": a compound ending in a dangling word is kept whole.
    const endsInCompound = to - 2 >= from && lexicon().STOP_EXCEPTIONS.has(keyOf(tokens, to - 2, 2));
    const endLength = endsInCompound ? 0 : matchEndingAt(tokens, to - 1, lexicon().DANGLING_END, from);
    if (endLength > 0) {
      to -= endLength;
      changed = true;
      continue;
    }
    const first = tokens[from];
    if (first !== undefined && first.kind === 'punct') {
      from += 1;
      changed = true;
      continue;
    }
    const startLength = matchAt(tokens, from, lexicon().DANGLING_START);
    if (startLength > 0 && from + startLength < to) {
      from += startLength;
      changed = true;
    }
  }
  return to > from ? { from, to } : undefined;
}

function isListComma(tokens: readonly Token[], commaIndex: number): boolean {
  const before = tokens[commaIndex - 1];
  if (before === undefined || before.kind !== 'word') return false;
  const beforeListable =
    lexicon().LISTABLE_NOUNS.has(before.key) ||
    lexicon().LISTABLE_NOUNS.has(keyOf(tokens, commaIndex - 2, 2));
  return beforeListable && matchAt(tokens, commaIndex + 1, lexicon().LISTABLE_NOUNS) > 0;
}

/** The noun phrase right after `index` ("22 đồng chí cán bộ tăng cường cho …" → "đồng chí cán bộ tăng cường"). */
export function nounPhraseAfter(context: PhraseContext, index: number): Range | undefined {
  const { tokens } = context;
  const first = tokens[index];
  if (first === undefined || first.kind !== 'word' || index >= context.sentenceEnd) return undefined;
  const exception = matchAt(tokens, index, lexicon().STOP_EXCEPTIONS) === 2;
  if (
    !exception &&
    (matchAt(tokens, index, lexicon().PHRASE_STOPS) > 0 || lexicon().LEVEL_VERBS.has(first.key))
  )
    return undefined;
  let words = 0;
  let cursor = index;
  while (cursor < context.sentenceEnd && words < MAX_AFTER_WORDS) {
    const token = tokens[cursor];
    if (token === undefined) break;
    if (token.kind === 'word') {
      if (matchAt(tokens, cursor, lexicon().STOP_EXCEPTIONS) === 2) {
        words += 2;
        cursor += 2;
        continue;
      }
      if (cursor > index && matchAt(tokens, cursor, lexicon().PHRASE_STOPS) > 0) break;
      words += 1;
      cursor += 1;
      continue;
    }
    if (token.raw === ',' && isListComma(tokens, cursor)) {
      cursor += 1;
      continue;
    }
    if (
      (token.raw === '-' || token.raw === '–') &&
      token.spaced &&
      lexicon().DASH_COMPOUNDS.has(keyOf(tokens, cursor + 1, 2))
    ) {
      cursor += 1;
      continue;
    }
    break;
  }
  return trimRange(tokens, { from: index, to: cursor });
}

/**
 * A number inside a phrase read backwards ("trẻ em dưới 1 tuổi", "doanh thu 9 tháng"): digits
 * with a word right after them, or the dot or comma glued inside such a number.
 */
function isInnerNumber(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (token === undefined || next === undefined) return false;
  if (token.kind === 'digits') return next.kind === 'word' || (next.kind === 'punct' && !next.spaced);
  return (
    (token.raw === '.' || token.raw === ',') &&
    !token.spaced &&
    !next.spaced &&
    next.kind === 'digits' &&
    tokens[index - 1]?.kind === 'digits'
  );
}

/** The words before `index` back to the clause's start (at most a few words). */
export function phraseBefore(
  context: PhraseContext,
  index: number,
  maxWords = MAX_BEFORE_WORDS,
): Range | undefined {
  const { tokens } = context;
  let cursor = index;
  let words = 0;
  while (cursor > context.sentenceFirst && words < maxWords) {
    const token = tokens[cursor - 1];
    if (token === undefined) break;
    if (token.kind === 'word') {
      if (matchEndingAt(tokens, cursor - 1, lexicon().BACKWARD_STOPS, context.sentenceFirst) > 0) break;
      words += 1;
      cursor -= 1;
      continue;
    }
    if (token.raw === ',' && isListComma(tokens, cursor - 1)) {
      cursor -= 1;
      continue;
    }
    if (isInnerNumber(tokens, cursor - 1)) {
      // Counted like a word, so that a run of digits is never walked far.
      words += 1;
      cursor -= 1;
      continue;
    }
    break;
  }
  return trimRange(tokens, { from: cursor, to: index });
}

/**
 * The verb whose object the number at `index` is: "bồi dưỡng tạo nguồn 223",
 * "thay thế, bổ sung 80", "hỗ trợ cho 500". Verbs may be chained, with commas or "và".
 */
export function objectVerbBefore(context: PhraseContext, index: number): Range | undefined {
  const { tokens } = context;
  let cursor = index;
  while (cursor > context.sentenceFirst) {
    const filler = matchEndingAt(tokens, cursor - 1, lexicon().VERB_OBJECT_FILLERS, context.sentenceFirst);
    if (filler === 0) break;
    cursor -= filler;
  }
  const to = cursor;
  let from = cursor;
  while (cursor > context.sentenceFirst) {
    let length = 0;
    for (const size of [4, 3, 2, 1]) {
      if (
        cursor - size >= context.sentenceFirst &&
        lexicon().OBJECT_VERBS.has(keyOf(tokens, cursor - size, size))
      ) {
        length = size;
        break;
      }
    }
    if (length === 0) break;
    // "Ban tổ chức trao": a verb inside a capitalised name ("Ban tổ chức") is no verb.
    const named = tokens[cursor - length - 1];
    if (from < to && named !== undefined && named.kind === 'word' && isCapitalized(named)) break;
    cursor -= length;
    from = cursor;
    const joiner = tokens[cursor - 1];
    if (
      joiner !== undefined &&
      (joiner.raw === ',' || joiner.key === 'và') &&
      cursor - 1 > context.sentenceFirst
    ) {
      const beforeJoiner = cursor - 1;
      const isVerb = [4, 3, 2, 1].some((size) =>
        lexicon().OBJECT_VERBS.has(keyOf(tokens, beforeJoiner - size, size)),
      );
      if (isVerb) cursor = beforeJoiner;
      else break;
    }
  }
  return from < to ? { from, to } : undefined;
}

/** The subject at the start of the sentence, skipping an opening circumstance ("Năm 2025, …"). */
export function sentenceSubject(
  context: PhraseContext,
  near: number = context.sentenceFirst,
): Range | undefined {
  const { tokens } = context;
  let start = context.sentenceFirst;
  const floor = Math.max(context.sentenceFirst, near - MAX_CLAUSE_TOKENS);
  for (let i = Math.min(near, context.sentenceEnd) - 1; i > floor; i -= 1) {
    if (tokens[i]?.raw === ';') {
      start = i + 1;
      break;
    }
  }
  start = skipPreamble(tokens, start, context.sentenceEnd);
  const opener = tokens[start];
  if (
    opener !== undefined &&
    (matchAt(tokens, start, lexicon().CIRCUMSTANCE_OPENERS) > 0 || opener.kind === 'digits')
  ) {
    for (let i = start; i < Math.min(context.sentenceEnd, start + 16); i += 1) {
      if (tokens[i]?.raw === ',') {
        start = skipPreamble(tokens, i + 1, context.sentenceEnd);
        break;
      }
    }
  }
  let cursor = start;
  let words = 0;
  // The subject lies before the figure it explains.
  const limit = Math.min(context.sentenceEnd, near > context.sentenceFirst ? near : context.sentenceEnd);
  while (cursor < limit && words < MAX_SUBJECT_WORDS) {
    const token = tokens[cursor];
    if (token === undefined || token.kind !== 'word') break;
    if (
      cursor > start &&
      (lexicon().LEVEL_VERBS.has(token.key) || matchAt(tokens, cursor, subjectEnds()) > 0)
    )
      break;
    words += 1;
    cursor += 1;
  }
  return trimRange(tokens, { from: start, to: cursor });
}

/**
 * Skips what opens a clause without being its subject: a byline "(BLC) -", dashes, and a
 * leading number with its unit ("100% xã …" has "xã" as subject).
 */
/** The bracket closing a byline opened by `raw` ("(BLC) -"), from the lexicon's pairs. */
function bylineCloser(raw: string): string | undefined {
  for (const pair of lexicon().BYLINE_BRACKETS) {
    const [open, close] = pair.split(' ');
    if (open === raw) return close;
  }
  return undefined;
}

function skipPreamble(tokens: readonly Token[], start: number, end: number): number {
  let cursor = start;
  for (let guard = 0; guard < 12 && cursor < end; guard += 1) {
    const token = tokens[cursor];
    if (token === undefined) break;
    const closer = bylineCloser(token.raw);
    if (closer !== undefined) {
      let close = cursor + 1;
      while (close < end && close < cursor + 8 && tokens[close]?.raw !== closer) close += 1;
      cursor = tokens[close]?.raw === closer ? close + 1 : cursor + 1;
      continue;
    }
    if (token.kind === 'word') break;
    cursor += 1;
  }
  return cursor;
}

/** Index of a level verb ("tăng", "đạt", "chiếm") just before `index`, or -1. */
export function levelVerbBefore(context: PhraseContext, index: number): number {
  const token = context.tokens[index - 1];
  if (index - 1 < context.sentenceFirst || token === undefined || token.kind !== 'word') return -1;
  return lexicon().LEVEL_VERBS.has(token.key) ? index - 1 : -1;
}

/** Whether the words at `index` are the given phrase. */
export function wordsAre(tokens: readonly Token[], index: number, phrase: string): boolean {
  const key = phraseKey(phrase);
  return keyOf(tokens, index, key.split(' ').length) === key;
}
