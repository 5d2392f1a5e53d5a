/**
 * Splits a text into words (runs of letters and combining marks), digit runs and single
 * punctuation characters, remembering offsets. Figure rules reason about neighbouring
 * words ("ngày" before a date, "đồng" after a number), so everything downstream works on
 * token indices rather than on raw characters.
 */

import { syllableKey } from './syllable-key.ts';

export type TokenKind = 'word' | 'digits' | 'punct';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** The characters as written. */
  raw: string;
  /** syllableKey(raw) for words, raw otherwise. */
  key: string;
  /** Whitespace separates this token from the previous one. */
  spaced: boolean;
}

const TOKEN = /([\p{L}\p{M}]+)|(\d+)|(\S)/gu;

function keyOf(raw: string, keys: Map<string, string>): string {
  let key = keys.get(raw);
  if (key === undefined) {
    key = syllableKey(raw);
    keys.set(raw, key);
  }
  return key;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Vietnamese has a few thousand distinct syllables: keying each once keeps long texts fast.
  const keys = new Map<string, string>();
  let previousEnd = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const raw = match[0];
    const start = match.index;
    const kind: TokenKind = match[1] !== undefined ? 'word' : match[2] !== undefined ? 'digits' : 'punct';
    tokens.push({
      kind,
      start,
      end: start + raw.length,
      raw,
      key: kind === 'word' ? keyOf(raw, keys) : raw,
      spaced: start > previousEnd || tokens.length === 0,
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}

/** True when the word starts with an upper-case letter (names, titles, sentence starts). */
export function isCapitalized(token: Token): boolean {
  const first = token.raw.charAt(0);
  return token.kind === 'word' && first !== first.toLowerCase();
}

/** Index of the first token whose start is >= offset (binary search; tokens are sorted). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const token = tokens[mid];
    if (token !== undefined && token.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
