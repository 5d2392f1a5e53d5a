/**
 * Normalization of Vietnamese text for matching, with an exact map back to the original.
 *
 * Pages mix encodings of the same words: precomposed (NFC) and decomposed (NFD) letters, the
 * old and the new tone placement (hoà/hòa, uỷ/ủy), look-alike letters for Đ, no-break and
 * zero-width characters, and a zoo of dashes. Matching runs on one tidy form; every character
 * of that form remembers which original characters it came from, so a match can always be
 * reported as a slice of the text the reader sees.
 *
 * Decisions:
 * - Canonical tone placement is the traditional one, on the first vowel of a final oa/oe/uy
 *   (hòa, khỏe, thủy, ủy), because that is what most Vietnamese papers print. The new style
 *   (hoà, khoẻ, thuỷ, uỷ) is folded into it. Syllables with a final consonant (hoàng, thuyết)
 *   place the tone the same way in both styles, so they are left alone; "qu" + y (quý) is a
 *   consonant plus a vowel, not the pair uy, and is left alone too.
 * - Case is kept: abbreviations (BĐBP) are matched in capitals only.
 * - A run of whitespace becomes one space, except that a run holding two or more line breaks
 *   (a blank line: a paragraph break) becomes one "\n", so a phrase never matches across
 *   paragraphs while a phrase broken over two lines still matches.
 */

import { isMarkCode, isWordCode } from './char-classes.ts';

export interface NormalizedText {
  /** The text the normalized form was made from. */
  original: string;
  /** Normalized text: NFC, canonical tone placement, folded Đ, spaces and dashes. Case kept. */
  text: string;
  /** For each UTF-16 unit of `text`, the original offset where its source characters start. */
  starts: Int32Array;
  /** For each UTF-16 unit of `text`, the original offset where its source characters end. */
  ends: Int32Array;
}

const SPACE = 0x20;
const NEWLINE = 0x0a;
const HYPHEN = 0x2d;

/** Zero-width characters, word joiners and soft hyphens: in text, yet no part of any word. */
export function isInvisible(code: number): boolean {
  return (
    code === 0x00ad || // soft hyphen
    (code >= 0x200b && code <= 0x200d) || // zero-width space, non-joiner, joiner
    code === 0x2060 || // word joiner
    code === 0xfeff || // byte-order mark / zero-width no-break space
    code === 0x180e // Mongolian vowel separator (formerly a space)
  );
}

function isWhitespace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

function isLineBreak(text: string, i: number, code: number): boolean {
  if (code === 0x0a || code === 0x85 || code === 0x2028 || code === 0x2029) return true;
  // A lone CR is a line break; the CR of CRLF is not counted twice.
  return code === 0x0d && text.charCodeAt(i + 1) !== 0x0a;
}

function isDash(code: number): boolean {
  return (
    code === HYPHEN ||
    (code >= 0x2010 && code <= 0x2015) || // ‐ ‑ ‒ – — ―
    code === 0x2212 || // minus sign
    code === 0xfe58 ||
    code === 0xfe63 ||
    code === 0xff0d
  );
}

/** Look-alikes of Đ/đ: Icelandic eth and African D. */
function foldD(code: number): number {
  if (code === 0x00d0 || code === 0x0189) return 0x0110;
  if (code === 0x00f0 || code === 0x0256) return 0x0111;
  return code;
}

// Tone placement: [toned second vowel, plain second vowel, first vowel, first vowel toned the same]
// for each of the five tones, for oa, oe, uy in both cases.
const TONE_MOVES = new Map<number, { plain: number; first: number; toned: number }>();
(function buildToneMoves(): void {
  const rows: Array<[string, string, string, string]> = [
    ['áàảãạ', 'a', 'o', 'óòỏõọ'],
    ['éèẻẽẹ', 'e', 'o', 'óòỏõọ'],
    ['ýỳỷỹỵ', 'y', 'u', 'úùủũụ'],
    ['ýỳỷỹỵ', 'y', 'U', 'ÚÙỦŨỤ'], // capitalised Uỷ (Uỷ ban) as printed at a sentence or name start
    ['ÁÀẢÃẠ', 'A', 'O', 'ÓÒỎÕỌ'],
    ['ÉÈẺẼẸ', 'E', 'O', 'ÓÒỎÕỌ'],
    ['ÝỲỶỸỴ', 'Y', 'U', 'ÚÙỦŨỤ'],
  ];
  for (const [tonedSecond, plain, first, tonedFirst] of rows) {
    for (let t = 0; t < 5; t++) {
      const second = tonedSecond.charCodeAt(t);
      const firstToned = tonedFirst.charCodeAt(t);
      // Keyed by second vowel and first vowel so o+ý (not a pair) is never touched.
      TONE_MOVES.set(second * 0x10000 + first.charCodeAt(0), {
        plain: plain.charCodeAt(0),
        first: first.charCodeAt(0),
        toned: firstToned,
      });
      // Lower-case first vowel before an upper-case second (mixed case) is left alone on purpose.
    }
  }
})();

/** Growable parallel buffers for the normalized units and their original spans. */
class Builder {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.units = new Uint16Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }

  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  /** `original`'s units [from, to), each standing for itself. */
  pushPlain(original: string, from: number, to: number): void {
    while (this.length + (to - from) > this.units.length) this.grow();
    let at = this.length;
    for (let k = from; k < to; k++, at++) {
      this.units[at] = original.charCodeAt(k);
      this.starts[at] = k;
      this.ends[at] = k + 1;
    }
    this.length = at;
  }

  last(): number {
    return this.length > 0 ? (this.units[this.length - 1] ?? -1) : -1;
  }

  private grow(): void {
    const size = this.units.length * 2;
    const units = new Uint16Array(size);
    units.set(this.units);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.units = units;
    this.starts = starts;
    this.ends = ends;
  }

  toText(): string {
    let out = '';
    const chunk = 8192;
    for (let i = 0; i < this.length; i += chunk) {
      // apply takes the typed array as it is; a spread would walk it with an iterator, which
      // costs many times more while the page's code is still cold.
      const units: ArrayLike<number> = this.units.subarray(i, Math.min(this.length, i + chunk));
      out += String.fromCharCode.apply(null, units as number[]);
    }
    return out;
  }
}

/** Moves a tone from the second vowel of a final oa/oe/uy to the first (hoà → hòa). */
function foldTonePlacement(units: Uint16Array, length: number): void {
  for (let i = 1; i < length; i++) {
    const second = units[i] ?? 0;
    if (second < 0xc0) continue;
    const firstUnit = units[i - 1] ?? 0;
    const move = TONE_MOVES.get(second * 0x10000 + firstUnit);
    if (move === undefined) continue;
    if (i + 1 < length && isWordCode(units[i + 1] ?? 0)) continue; // not the end of the syllable
    const before = i >= 2 ? (units[i - 2] ?? 0) : 0;
    if (move.first === 0x75 || move.first === 0x55) {
      if (before === 0x71 || before === 0x51) continue; // qu + ý: quý, not q + uý
    }
    units[i - 1] = move.toned;
    units[i] = move.plain;
  }
}

/**
 * Characters that normalization leaves as they are, one for one: printable ASCII, the Latin
 * letters below U+0300 but for the look-alikes of Đ, and the precomposed Vietnamese letters;
 * none right before a combining mark (the two may compose), and a space only alone between two
 * of them. Most of an article is runs of these, which are copied without the per-character
 * rules below: those cost the most on a page's cold first run.
 */
const PLAIN =
  '[!-~\\u00c0-\\u00cf\\u00d1-\\u00ef\\u00f1-\\u0188\\u018a-\\u0255\\u0257-\\u02ff\\u1e00-\\u1eff](?!\\p{M})';
const PLAIN_RUN = new RegExp(`${PLAIN}(?:${PLAIN}| (?=${PLAIN}))*`, 'uy');

function mayStartPlainRun(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x7e) || (code >= 0xc0 && code < 0x300) || (code >= 0x1e00 && code <= 0x1eff)
  );
}

/**
 * Normalizes `original` for matching and keeps, for every normalized unit, the span of the
 * original characters it stands for. A normalized range [s, e) maps back to
 * [starts[s], ends[e - 1]) in the original.
 */
export function normalizeWithMap(
  original: string,
  /** false reads every character by the rules, as the plain-run shortcut must agree with. */
  { plainRuns = true }: { plainRuns?: boolean } = {},
): NormalizedText {
  const out = new Builder(original.length + 1);
  const n = original.length;
  let i = 0;
  let inWhitespace = false;
  let lineBreaks = 0;

  while (i < n) {
    const code = original.charCodeAt(i);

    if (plainRuns && mayStartPlainRun(code)) {
      PLAIN_RUN.lastIndex = i;
      const run = PLAIN_RUN.exec(original);
      if (run !== null) {
        out.pushPlain(original, i, i + run[0].length);
        i += run[0].length;
        inWhitespace = false;
        continue;
      }
    }

    if (isInvisible(code)) {
      i++;
      continue;
    }

    if (isWhitespace(code)) {
      const breaks = isLineBreak(original, i, code) ? 1 : 0;
      if (inWhitespace) {
        lineBreaks += breaks;
        out.ends[out.length - 1] = i + 1;
        if (lineBreaks >= 2) out.units[out.length - 1] = NEWLINE;
      } else {
        inWhitespace = true;
        lineBreaks = breaks;
        out.push(SPACE, i, i + 1);
      }
      i++;
      continue;
    }
    inWhitespace = false;

    // A cluster: one base character (or surrogate pair) plus the combining marks after it.
    let end = i + 1;
    if (code >= 0xd800 && code <= 0xdbff && end < n) {
      const low = original.charCodeAt(end);
      if (low >= 0xdc00 && low <= 0xdfff) end++;
    }
    while (end < n && isMarkCode(original.charCodeAt(end))) end++;

    if (end === i + 1) {
      let unit = code;
      if (isDash(code)) unit = HYPHEN;
      else if (code >= 0xc0) {
        unit = foldD(code);
        if (unit === code && code >= 0x300 && (code < 0x1e00 || code > 0x1eff)) {
          // Singletons such as U+212B (Å) have a different canonical form.
          const composed = original[i]!.normalize('NFC');
          if (composed.length === 1) unit = composed.charCodeAt(0);
          else {
            for (let k = 0; k < composed.length; k++) out.push(composed.charCodeAt(k), i, end);
            i = end;
            continue;
          }
        }
      }
      out.push(unit, i, end);
    } else {
      const composed = original.slice(i, end).normalize('NFC');
      for (let k = 0; k < composed.length; k++) {
        out.push(foldD(composed.charCodeAt(k)), i, end);
      }
    }
    i = end;
  }

  foldTonePlacement(out.units, out.length);
  return {
    original,
    text: out.toText(),
    starts: out.starts.subarray(0, out.length),
    ends: out.ends.subarray(0, out.length),
  };
}

/** Just the normalized text, for callers that do not need offsets. */
export function normalizeText(text: string): string {
  return normalizeWithMap(text).text;
}

/** Maps a normalized range [start, end) back to the original text's offsets. */
export function toOriginalSpan(
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  if (end <= start) {
    const at =
      start < normalized.starts.length ? (normalized.starts[start] ?? 0) : normalized.original.length;
    return { start: at, end: at };
  }
  return {
    start: normalized.starts[start] ?? 0,
    end: normalized.ends[end - 1] ?? normalized.original.length,
  };
}

/**
 * A token is written as an abbreviation when all its letters are capitals (BĐBP, P.V, XII) or
 * when it has a capital after its first letter (TTg, QĐi). Such tokens match only as written;
 * other words match in any case.
 */
export function isAbbreviationToken(token: string): boolean {
  let letters = 0;
  let lower = 0;
  let innerCapital = false;
  for (const ch of token) {
    const up = ch.toUpperCase();
    const low = ch.toLowerCase();
    if (up === low) continue; // not a cased letter
    letters++;
    if (ch === low) lower++;
    else if (letters > 1) innerCapital = true;
  }
  return letters > 0 && (lower === 0 || innerCapital);
}

/** Lower-cases one UTF-16 unit, keeping length (a letter whose lower case is longer is kept). */
export function lowerUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  const cached = lowerCache[code] ?? 0;
  if (cached !== 0) return cached;
  const low = String.fromCharCode(code).toLowerCase();
  const result = low.length === 1 ? low.charCodeAt(0) : code;
  lowerCache[code] = result;
  return result;
}

/**
 * `text` lower-cased unit by unit, as lowerUnit would, with the same length. The native
 * toLowerCase gives the same result, faster, unless the text has what it treats otherwise: an
 * astral letter (lowerUnit keeps surrogates), a final capital sigma (the one context rule), or a
 * letter whose lower case is longer.
 */
export function lowerUnits(text: string): string {
  const native = text.toLowerCase();
  if (native.length === text.length && !/[\ud800-\udfff\u03a3]/.test(text)) return native;
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(lowerUnit(text.charCodeAt(i)));
  return out;
}

/** Memo of lowerUnit for non-ASCII units (0 = not computed yet); matching asks for every unit. */
const lowerCache = new Uint16Array(0x10000);

/**
 * The key on which two glossary terms collide: the normalized term with paragraph breaks as
 * spaces, abbreviation tokens kept as written and every other token lower-cased.
 */
export function termKey(term: string): string {
  const normalized = normalizeText(term).replace(/\n/g, ' ').trim();
  return normalized
    .split(' ')
    .map((token) => (isAbbreviationToken(token) ? token : lowerString(token)))
    .join(' ');
}

function lowerString(token: string): string {
  let out = '';
  for (let i = 0; i < token.length; i++) out += String.fromCharCode(lowerUnit(token.charCodeAt(i)));
  return out;
}
