/**
 * A comparison key for Vietnamese syllables and short phrases: the project's one folding
 * (normalize.ts: NFC, one tone placement, Đ look-alikes, invisible characters dropped), then
 * lower case. Papers mix "khóa"/"khoá" and NFC/NFD; lexicon look-ups must not care. The key
 * is only ever compared, never shown.
 */

import { normalizeText } from '../normalize.ts';

/** Keys already made: rules key the same few words at every number. */
const keys = new Map<string, string>();
const MAX_KEYS = 20_000;

export function syllableKey(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    key = normalizeText(word).toLowerCase();
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(word, key);
  }
  return key;
}

/** Key of a phrase: syllable keys joined by single spaces. */
export function phraseKey(phrase: string): string {
  return phrase
    .split(/\s+/)
    .filter((part) => part.length > 0)
    .map(syllableKey)
    .join(' ');
}

/** A set of phrase keys built from readable phrases, so lexicons stay written in plain Vietnamese. */
export function keySet(phrases: readonly string[]): ReadonlySet<string> {
  return new Set(phrases.map(phraseKey));
}

/** Words with their values, keyed as keySet keys its phrases. */
export function valuesByKey(values: Record<string, number>): ReadonlyMap<string, number> {
  return new Map(Object.entries(values).map(([word, value]) => [phraseKey(word), value]));
}
