/**
 * A short key for a text, to find what was read from it before (its figures) without keeping
 * the text twice. Two independent 32-bit FNV-1a hashes and the length: a clash would need all
 * three to agree, and its cost is a stale list of figures, not a fault.
 */
export function textKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${text.length.toString(36)}`;
}
