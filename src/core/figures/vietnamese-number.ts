/**
 * Reads a numeral as Vietnamese papers print it: dots group thousands ("2.866",
 * "1.200.000"), a comma marks decimals ("265,165", "2,4"). Texts copied from English
 * sources sometimes do the opposite, so the reading follows the evidence in the numeral
 * itself: groups of exactly three digits after dots are thousands; a single dot followed
 * by something other than three digits is a decimal point; several commas followed by
 * three-digit groups are English thousands.
 */

/** Digits with inner dots or commas, never ending on a separator. */
/** Bounded, so that reading at every digit of a pathological run stays linear. */
export const NUMERAL_SOURCE = String.raw`\d{1,18}(?:[.,]\d{1,18}){0,6}`;

export interface ReadNumeral {
  value: number;
  /** Characters of the numeral actually read (a malformed tail is left unread). */
  length: number;
}

const THOUSANDS_GROUPS = /^\d{1,3}(?:\.\d{3})+$/;
const THOUSANDS_GROUPS_WITH_DECIMALS = /^\d{1,3}(?:\.\d{3})+,\d+$/;
const ENGLISH_THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const SINGLE_DECIMAL_COMMA = /^\d+,\d+$/;
const SINGLE_DECIMAL_DOT = /^\d+\.\d+$/;
const PLAIN = /^\d+$/;

/** Reads the numeral at the start of `numeral` (which matches NUMERAL_SOURCE). */
export function readNumeral(numeral: string): ReadNumeral {
  if (PLAIN.test(numeral)) return { value: Number(numeral), length: numeral.length };
  if (THOUSANDS_GROUPS.test(numeral))
    return { value: Number(numeral.replace(/\./g, '')), length: numeral.length };
  if (THOUSANDS_GROUPS_WITH_DECIMALS.test(numeral)) {
    return { value: Number(numeral.replace(/\./g, '').replace(',', '.')), length: numeral.length };
  }
  if (SINGLE_DECIMAL_COMMA.test(numeral))
    return { value: Number(numeral.replace(',', '.')), length: numeral.length };
  if (SINGLE_DECIMAL_DOT.test(numeral)) return { value: Number(numeral), length: numeral.length };
  if (ENGLISH_THOUSANDS.test(numeral) && numeral.split(',').length > 2) {
    return { value: Number(numeral.replace(/,/g, '')), length: numeral.length };
  }
  // Something like "1,2,3" (a list without spaces): read only the first well-formed piece.
  const head = /^\d+(?:,\d+)?/.exec(numeral)?.[0] ?? '0';
  return { value: Number(head.replace(',', '.')), length: head.length };
}

/** Multiplies without the float noise of 2.4 * 1e6 style products. */
export function scale(value: number, factor: number): number {
  return Number((value * factor).toPrecision(15));
}
