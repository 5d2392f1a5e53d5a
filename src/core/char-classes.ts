/**
 * Character classes shared by normalization, term matching and code finding.
 *
 * Classes are computed once per code unit with Unicode property escapes and memoised in a
 * 64 KiB table, because the matchers ask about every character of every page and a regular
 * expression per character would dominate the cost.
 */

const UNKNOWN = 255;
const OTHER = 0;
const WORD = 1; // letter or digit: part of a word
const MARK = 2; // combining mark: belongs to the preceding letter

const table = new Uint8Array(0x10000).fill(UNKNOWN);
const wordPattern = /[\p{L}\p{N}]/u;
const markPattern = /\p{M}/u;

function classify(code: number): number {
  let cls = table[code] ?? OTHER;
  if (cls !== UNKNOWN) return cls;
  const ch = String.fromCharCode(code);
  if (code >= 0xd800 && code <= 0xdfff) {
    // Surrogate halves: astral letters (rare in Vietnamese text) are treated as word characters
    // so that a term never matches inside them.
    cls = WORD;
  } else if (wordPattern.test(ch)) {
    cls = WORD;
  } else if (markPattern.test(ch)) {
    cls = MARK;
  } else {
    cls = OTHER;
  }
  table[code] = cls;
  return cls;
}

/** Letters (all Vietnamese letters with their diacritics), digits and combining marks. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  }
  return classify(code) !== OTHER;
}

/** Combining marks (U+0300 tone marks, U+0323 dot below, …). */
export function isMarkCode(code: number): boolean {
  if (code < 0x300) return false;
  return classify(code) === MARK;
}

/**
 * isWordCode's class as a pattern, for scanning a whole text with the native regex engine instead
 * of a loop per character (the loop is what costs on a page's cold first run). Letters, digits
 * and marks; every astral or lone surrogate unit counts as a word character, as in classify.
 */
const WORD_CLASS = '[\\p{L}\\p{N}\\p{M}\\u{10000}-\\u{10FFFF}\\uD800-\\uDFFF]';

/** Runs of word characters, and (with `singles`) every other character on its own. */
export function wordRunPattern(singles: boolean): RegExp {
  return new RegExp(singles ? `${WORD_CLASS}+|[^]` : `${WORD_CLASS}+`, 'gu');
}
