/**
 * Whether a number is part of a name or a reference rather than a quantity: "U23",
 * "Covid-19", "Quốc lộ 4D", "Mốc 42", "Sư đoàn 316", "Đồn Biên phòng 317", "Trường THCS
 * số 1", "Điều 21", "Câu 1", "SEA Games 31". Decided from the words around the number.
 */

import type { Token } from './word-tokens.ts';
import { isCapitalized } from './word-tokens.ts';
import { lexicon } from './lexicon.ts';

function wordBefore(tokens: readonly Token[], index: number, distance: number): Token | undefined {
  const token = tokens[index - distance];
  return token !== undefined && token.kind === 'word' ? token : undefined;
}

function headLength(tokens: readonly Token[], index: number, set: ReadonlySet<string>): number {
  const one = wordBefore(tokens, index, 1);
  const two = wordBefore(tokens, index, 2);
  if (one === undefined || !tokens[index]?.spaced) return 0;
  if (two !== undefined && set.has(`${two.key} ${one.key}`)) return 2;
  return set.has(one.key) ? 1 : 0;
}

/** Glued to letters on its left: "U23", "QL4D", "Km15", "Covid-19", "H5N1". */
export function isGluedToLetters(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const before = tokens[index - 1];
  if (token === undefined || before === undefined || token.spaced) return false;
  if (before.kind === 'word') return true;
  const beforeThat = tokens[index - 2];
  return (
    (before.raw === '-' || before.raw === '_') &&
    beforeThat !== undefined &&
    !before.spaced &&
    beforeThat.kind === 'word'
  );
}

/** A reference ("Điều 21", "số 07") or a name head ("Quốc lộ 12", "Sư đoàn 316") precedes. */
export function followsNameOrReferenceHead(tokens: readonly Token[], index: number): boolean {
  const referenceLength = headLength(tokens, index, lexicon().REFERENCE_HEADS);
  if (referenceLength > 0 && headLength(tokens, index, lexicon().REFERENCE_HEAD_EXCEPTIONS) !== 2)
    return true;
  if (headLength(tokens, index, lexicon().NAME_HEADS) > 0) return true;
  const capitalizedLength = headLength(tokens, index, lexicon().CAPITALIZED_NAME_HEADS);
  if (capitalizedLength > 0) {
    const head = wordBefore(tokens, index, capitalizedLength);
    const beforeHead = wordBefore(tokens, index, capitalizedLength + 1);
    if (
      (head !== undefined && isCapitalized(head)) ||
      (beforeHead !== undefined && isCapitalized(beforeHead))
    )
      return true;
  }
  return false;
}

/**
 * A capitalized word right before and no lower-case word right after: the number ends a
 * name ("SEA Games 31,", "Điện Biên 2."), since a counted noun would follow a quantity.
 */
export function endsCapitalizedName(
  tokens: readonly Token[],
  index: number,
  nextIndex: number,
  sentenceFirst: number,
): boolean {
  const before = wordBefore(tokens, index, 1);
  if (before === undefined || index - 1 <= sentenceFirst || !isCapitalized(before)) return false;
  const next = tokens[nextIndex];
  return next === undefined || next.kind !== 'word' || isCapitalized(next);
}

/** Glued to letters on its right with no unit read: "4D", "5G", "3-D". */
export function isGluedToLettersAfter(tokens: readonly Token[], nextIndex: number): boolean {
  const next = tokens[nextIndex];
  if (next === undefined || next.spaced) return false;
  if (next.kind === 'word' || next.kind === 'digits') return true;
  const after = tokens[nextIndex + 1];
  return (
    (next.raw === '-' || next.raw === '_') && after !== undefined && !after.spaced && after.kind === 'word'
  );
}
