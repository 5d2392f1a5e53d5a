/**
 * The key a search compares: the text in the project's one matching form (normalize.ts: NFC,
 * canonical tone placement, folded Đ look-alikes), then without diacritics and case, with every
 * run of punctuation or space as one space. A reader typing "hoi dong nhan dan", "bdbp" or
 * "people's committee" on a keyboard without Vietnamese input gets the same key as the entry.
 */
import { normalizeText } from './normalize.ts';

const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

export function searchKey(text: string): string {
  return normalizeText(text)
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(NOT_WORD, ' ')
    .trim();
}

/** The first letter of each word: "Bộ đội Biên phòng" gives "bdbp", as its abbreviation does. */
export function initialsKey(text: string): string {
  return searchKey(text)
    .split(' ')
    .map((word) => word.charAt(0))
    .join('');
}
