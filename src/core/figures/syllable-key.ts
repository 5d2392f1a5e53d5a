/**
 * A comparison key for Vietnamese syllables and short phrases.
 *
 * Papers mix Unicode forms (NFC, NFD) and two tone-placement habits ("khóa"/"khoá",
 * "ủy"/"uỷ", "hòa"/"hoà"). Lexicon look-ups must not care, so the key lowercases, splits
 * off the five tone marks and appends them after the base letters: both placements and
 * both Unicode forms then give the same string. The key is only ever compared, never shown.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

export function syllableKey(word: string): string {
  const decomposed = word.normalize('NFD').toLowerCase();
  const tones = decomposed.match(TONE_MARKS);
  const base = decomposed.replace(TONE_MARKS, '');
  return tones ? base + tones.join('') : base;
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
