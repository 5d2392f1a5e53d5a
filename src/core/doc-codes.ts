/**
 * Finds and decodes Party and State document codes (18-NQ/TW, 34/2014/NĐ-CP, 01/CT-TTg).
 *
 * Forms (Hướng dẫn 36-HD/VPTW; Nghị định 30/2020/NĐ-CP):
 * - Party:        số-LOẠI/CƠ QUAN          07-NQ/TU, 866-NQ/QUTW
 * - State, normative: số/năm/LOẠI-CƠ QUAN  34/2014/NĐ-CP, 67/2016/NQ-HĐND
 * - State, other: số/LOẠI-CƠ QUAN          01/CT-TTg, 1670/NQ-UBTVQH15
 * - State without a type letter: số/năm/CƠ QUAN (laws: 55/2014/QH13), số/CƠ QUAN (16/HĐBT),
 *   accepted only when the issuer is known, since "number/capitals" alone is too weak a sign.
 * - Official letters: số/CƠ QUAN-ĐƠN VỊ (123/UBND-VX): the first part is a known issuer and
 *   not a type, so it is read as the issuer with its drafting unit.
 *
 * Searching runs on the normalized text (dash variants are already '-', Đ look-alikes
 * already Đ) and allows one stray space around each separator ("19- NQ/TW"). A code needs
 * capital letters after its number, so dates (25/10/2017), ratios (22/23), periods
 * (2015-2020) and phone numbers never qualify; a code glued to letters, digits or URL
 * punctuation, or inside a URL, is skipped.
 */

import type { CodeMatch, DecodedCode } from './analysis-types.ts';
import { issuerNameOf, typelessTypeNameOf, typeNameOf } from './doc-code-names.ts';
import type { Name } from './doc-code-names.ts';
import { normalizeText, normalizeWithMap, toOriginalSpan } from './normalize.ts';
import type { NormalizedText } from './normalize.ts';

/** An abbreviation: capitals, with at most isolated lower-case letters (TTg, QĐi, CTr, QyĐ). */
const ABBR = '[A-ZĐ](?:[A-ZĐ]|[a-zđ](?![a-zđ])){0,9}';
const ISSUER = `${ABBR}\\d{0,2}`;
const ISSUERS = `${ISSUER}(?:-${ISSUER}){0,3}`;
const NUMBER = '(\\d{1,5})';
const YEAR = '((?:19|20)\\d\\d)';

const STATE_WITH_YEAR = `${NUMBER} ?/ ?${YEAR} ?/ ?(?:(${ABBR}) ?- ?)?(${ISSUERS})`;
const STATE_TYPED = `${NUMBER} ?/ ?(${ABBR}) ?- ?(${ISSUERS})`;
const PARTY = `${NUMBER} ?- ?(${ABBR}) ?/ ?(${ISSUER})`;
const STATE_TYPELESS = `${NUMBER} ?/ ?(${ISSUER})`;

// Longer forms first, so that 34/2014/NĐ-CP is not cut short by a shorter alternative.
const BODY = `(?:${STATE_WITH_YEAR}|${STATE_TYPED}|${PARTY}|${STATE_TYPELESS})`;
const BEFORE = '(?<![\\p{L}\\p{N}/.,_@#=&?%+\\-])';
const AFTER = '(?![\\p{L}\\p{N}]|[/\\-][\\p{L}\\p{N}])';

const FIND = new RegExp(`${BEFORE}${BODY}${AFTER}`, 'gu');
const WHOLE = new RegExp(`^${BODY}$`, 'u');

const URL_HINT = /:\/\/|www\.|\.(?:vn|com|net|org|gov|edu|html?|php|aspx?)(?![\p{L}\p{N}])/iu;

function countCase(abbr: string): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  for (const ch of abbr) {
    if (ch >= 'a' && ch <= 'z') lower++;
    else if (ch === 'đ') lower++;
    else if ((ch >= 'A' && ch <= 'Z') || ch === 'Đ') upper++;
  }
  return { upper, lower };
}

/** Capitals must dominate: "TTg" is an abbreviation, "Ta" is not. */
function looksAbbreviated(abbr: string): boolean {
  const { upper, lower } = countCase(abbr.replace(/\d+$/, ''));
  return upper > lower;
}

/** Names of a possibly joint issuer ("BNV-BTC"): known only when every part is known. */
function issuerNames(issuer: string, system: 'party' | 'state'): Name[] | undefined {
  const names: Name[] = [];
  for (const part of issuer.split('-')) {
    const name = issuerNameOf(part, system);
    if (name === undefined) return undefined;
    names.push(name);
  }
  return names;
}

/** The issuer fields of a decoded code: one name, or the parts of a joint issuer. */
function issuerFields(
  issuer: string,
  system: 'party' | 'state',
): Pick<DecodedCode, 'issuerName' | 'issuerParts'> {
  const names = issuerNames(issuer, system);
  if (names === undefined) return {};
  return names.length === 1 ? { issuerName: names[0] } : { issuerParts: names };
}

/** Builds the decoded form from the regex groups of BODY (groups 1–12). */
function decodeGroups(g: ReadonlyArray<string | undefined>): DecodedCode | undefined {
  if (g[1] !== undefined) {
    const number = g[1];
    const year = Number(g[2]);
    const type = g[3];
    const issuer = g[4] ?? '';
    if (type === undefined) {
      // Laws and similar: no type letters, so the issuer must be one we know.
      const names = issuerFields(issuer, 'state');
      if (Object.keys(names).length === 0 || !issuer.split('-').every(looksAbbreviated)) return undefined;
      const typeName = typelessTypeNameOf(issuer);
      return {
        system: 'state',
        number,
        year,
        type: '',
        ...(typeName ? { typeName } : {}),
        issuer,
        ...names,
        canonical: `${number}/${year}/${issuer}`,
      };
    }
    if (!looksAbbreviated(type) || !issuer.split('-').every(looksAbbreviated)) return undefined;
    return withNames({
      system: 'state',
      number,
      year,
      type,
      issuer,
      canonical: `${number}/${year}/${type}-${issuer}`,
    });
  }
  if (g[5] !== undefined) {
    const number = g[5];
    const type = g[6] ?? '';
    const issuer = g[7] ?? '';
    if (!looksAbbreviated(type) || !issuer.split('-').every(looksAbbreviated)) return undefined;
    const canonical = `${number}/${type}-${issuer}`;
    if (typeNameOf(type) === undefined && issuerNameOf(type, 'state') !== undefined) {
      // Official letter: số/CƠ QUAN-ĐƠN VỊ. The unit after the dash is the drafting office.
      return {
        system: 'state',
        number,
        type: '',
        issuer: `${type}-${issuer}`,
        issuerName: issuerNameOf(type, 'state')!,
        draftingOffice: issuer,
        canonical,
      };
    }
    return withNames({ system: 'state', number, type, issuer, canonical });
  }
  if (g[8] !== undefined) {
    const number = g[8];
    const type = g[9] ?? '';
    const issuer = g[10] ?? '';
    if (!looksAbbreviated(type) || !looksAbbreviated(issuer)) return undefined;
    return withNames({ system: 'party', number, type, issuer, canonical: `${number}-${type}/${issuer}` });
  }
  if (g[11] !== undefined) {
    const number = g[11];
    const issuer = g[12] ?? '';
    const issuerName = issuerNameOf(issuer, 'state');
    if (issuerName === undefined || !looksAbbreviated(issuer)) return undefined;
    return { system: 'state', number, type: '', issuer, issuerName, canonical: `${number}/${issuer}` };
  }
  return undefined;
}

function withNames(decoded: DecodedCode): DecodedCode {
  const typeName = typeNameOf(decoded.type, decoded.system);
  const out: DecodedCode = { ...decoded, ...issuerFields(decoded.issuer, decoded.system) };
  if (typeName !== undefined) out.typeName = typeName;
  return out;
}

/** True when the match sits inside a URL or e-mail-like token. */
function insideUrl(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !/\s/.test(text[from - 1] ?? ' ')) from--;
  let to = end;
  while (to < text.length && !/\s/.test(text[to] ?? ' ')) to++;
  return URL_HINT.test(text.slice(from, to));
}

/** A code found in normalized text, with its span in both the normalized and original text. */
export interface NormalizedCodeMatch {
  match: CodeMatch;
  /** Span in the normalized text. */
  normalizedStart: number;
  normalizedEnd: number;
}

/** Codes in text that is already normalized; `match` offsets point into its original. */
export function findDocumentCodeSpans(
  normalized: NormalizedText,
  known?: (canonical: string) => string | undefined,
): NormalizedCodeMatch[] {
  const text = normalized.text;
  const found: NormalizedCodeMatch[] = [];
  const finder = new RegExp(FIND); // own lastIndex: safe if callers interleave
  for (let m = finder.exec(text); m !== null; m = finder.exec(text)) {
    const decoded = decodeGroups(m);
    const start = m.index;
    const end = start + m[0].length;
    if (decoded === undefined || insideUrl(text, start, end)) continue;
    const span = toOriginalSpan(normalized, start, end);
    const match: CodeMatch = {
      start: span.start,
      end: span.end,
      text: normalized.original.slice(span.start, span.end),
      decoded,
    };
    const entryId = known?.(decoded.canonical);
    if (entryId !== undefined) match.entryId = entryId;
    found.push({ match, normalizedStart: start, normalizedEnd: end });
  }
  return found;
}

/** Document codes in `text`, offsets into `text`. `known` maps a canonical code to an entry id. */
export function findDocumentCodes(
  text: string,
  known?: (canonical: string) => string | undefined,
): CodeMatch[] {
  return findDocumentCodeSpans(normalizeWithMap(text), known).map((found) => found.match);
}

/** Decodes one code written alone ("18-NQ/TW", "34/2014/NĐ-CP"); undefined if it is not one. */
export function decodeDocumentCode(code: string): DecodedCode | undefined {
  const m = WHOLE.exec(normalizeText(code).trim());
  return m === null ? undefined : decodeGroups(m);
}

/**
 * The key under which a code is looked up: normalized, without spaces, and without leading
 * zeros in the number, so "07-NQ/TU" in an article finds an entry written "7-NQ/TU".
 */
export function codeLookupKey(code: string): string {
  return normalizeText(code)
    .replace(/\s+/g, '')
    .replace(/^0+(?=\d)/, '');
}
