/**
 * Sentence boundaries, found once for the whole text so that each figure can be given its
 * sentence by binary search. A sentence ends at a line break, or at ". ! ? …" followed by
 * white space and something that can start a sentence. Dots inside numbers ("2.866") have
 * no space after them; dots after short upper-case abbreviations ("TP. Lai Châu") are not
 * ends.
 */

const END_MARK = /[.!?…]/;
const CAN_START = /[\p{Lu}\p{N}"“'‘([-]/u;

/** Title and place abbreviations written with a dot; acronyms such as "UBND." do end sentences. */
const ABBREVIATIONS = new Set([
  'TP',
  'Tp',
  'TX',
  'TT',
  'ThS',
  'Th.S',
  'TS',
  'PGS',
  'GS',
  'BS',
  'KS',
  'CN',
  'Q',
  'P',
  'Mr',
  'Ms',
  'St',
  'TS.BS',
]);

function endsWithAbbreviation(text: string, dotIndex: number): boolean {
  let start = dotIndex;
  while (start > 0 && /[\p{L}.]/u.test(text.charAt(start - 1))) start -= 1;
  const word = text.slice(start, dotIndex);
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word);
}

/** Start offsets of sentences, the first being 0. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const length = text.length;
  for (let i = 0; i < length; i += 1) {
    const char = text.charAt(i);
    if (char === '\n') {
      starts.push(i + 1);
      continue;
    }
    if (!END_MARK.test(char)) continue;
    let next = i + 1;
    while (next < length && /[.!?…"”’)\]]/.test(text.charAt(next))) next += 1;
    if (next >= length || !/[ \t\u00a0]/.test(text.charAt(next))) continue;
    let after = next;
    while (after < length && /[ \t\u00a0]/.test(text.charAt(after))) after += 1;
    if (after < length && !CAN_START.test(text.charAt(after))) continue;
    if (char === '.' && endsWithAbbreviation(text, i)) continue;
    starts.push(after);
    i = after - 1;
  }
  return starts;
}

export interface SentenceRange {
  start: number;
  end: number;
}

/** The sentence holding `offset`, given the starts from sentenceStarts. */
export function sentenceAround(starts: readonly number[], textLength: number, offset: number): SentenceRange {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid + 1;
    else high = mid;
  }
  const start = starts[low - 1] ?? 0;
  const end = starts[low] ?? textLength;
  return { start, end };
}
