/**
 * Abbreviations an article defines for itself. Vietnamese papers write a body out in full on
 * first use and put the letters they will use afterwards in brackets: "Ban Quản lý dự án
 * (BQLDA)", "Sở Khoa học và Công nghệ (KH&CN)". Such a pair is learnt only when the letters
 * follow the initials of the words just before the bracket, one letter a syllable, so that a
 * bracketed credit (BLC), a year range or a remark is never taken for a definition.
 *
 * Rules, in the papers' own habits:
 * - Đ is written D or Đ; "và" and "&" may be left out, or written "&"; dashes and commas
 *   between words ("Lao động - Thương binh và Xã hội", "Văn hóa, Thể thao") carry no letter.
 * - Words before the first letter's word are not part of the long form ("Hội" in "Hội Liên
 *   hiệp Phụ nữ (LHPN)").
 * - A place may follow the letters: "Ủy ban nhân dân tỉnh Lai Châu (UBND)", and the bracket
 *   may keep the level word: "Ủy ban nhân dân tỉnh (UBND tỉnh)".
 *
 * Works on normalized text (see normalize.ts), so Đ look-alikes and decomposed letters are
 * already tidy; offsets reported are the normalized text's, which callers map back.
 */
import type { DefinedMatch } from './analysis-types.ts';
import { normalizeWithMap, toOriginalSpan, type NormalizedText } from './normalize.ts';

/** One abbreviation the article defines: the letters as bracketed, and the long form. */
export interface ArticleAbbreviation {
  /** As the article uses it later: "BQLDA", "UBND tỉnh". */
  abbr: string;
  /** The long form exactly as the article writes it. */
  expansion: string;
  /** The long form in normalized text, to recognise the definition itself. */
  normalizedExpansion: string;
}

export type ArticleAbbreviations = ReadonlyMap<string, ArticleAbbreviation>;

const LEVEL_WORDS = ['tỉnh', 'huyện', 'xã', 'phường', 'thị xã', 'thị trấn', 'thành phố'];
const LEVEL = `(?:${LEVEL_WORDS.join('|')})`;
/** Capitals, maybe joined by & or a dash (KH&CN, LĐ-TB&XH), then maybe a level word. */
const BRACKET = new RegExp(`\\( ?([A-ZĐ](?:[A-ZĐ&]|-(?=[A-ZĐ])){1,11})(?<=[A-ZĐ])( ${LEVEL})? ?\\)`, 'gu');
/** Words, and the joiners that may stand between the words of a long form. */
const TOKEN = /[\p{L}\p{M}]+|[&,\-–]/gu;
const MAX_WORDS = 24;
const MAX_PLACE_WORDS = 4;

interface Token {
  text: string;
  start: number;
  end: number;
}

/** The tokens of the run of words that ends at `end`: no digits, brackets or stops inside. */
function tokensBefore(text: string, end: number): Token[] {
  let from = end;
  while (from > 0 && end - from < 400 && /[\p{L}\p{M}&,\-– ]/u.test(text[from - 1] ?? '')) from--;
  const tokens: Token[] = [];
  for (const m of text.slice(from, end).matchAll(TOKEN)) {
    tokens.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  }
  return tokens.slice(-MAX_WORDS);
}

function initialOf(word: string): string {
  return (word.normalize('NFD')[0] ?? '').toUpperCase();
}

/** Đ is abbreviated Đ or D. */
function letterFits(letter: string, word: string): boolean {
  const initial = initialOf(word);
  return letter === initial || (letter === 'D' && initial === 'Đ');
}

const isJoiner = (token: string): boolean => token === ',' || token === '-' || token === '–';
const isAnd = (token: string): boolean => token === 'và' || token === '&';
const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/**
 * The index of the first token of the long form whose letters are `letters`, matched backwards
 * from the token before `last + 1`, or -1 when the letters do not fit.
 */
function longFormStart(tokens: readonly Token[], last: number, letters: readonly string[]): number {
  let i = letters.length - 1;
  let j = last;
  while (i >= 0) {
    const token = tokens[j]?.text;
    const letter = letters[i];
    if (token === undefined || letter === undefined) return -1;
    if (isJoiner(token)) {
      if (i === letters.length - 1 && j === last) return -1;
      j--;
    } else if (isAnd(token)) {
      if (letter === '&') i--;
      j--;
    } else if (letter !== '&' && letterFits(letter, token)) {
      i--;
      j--;
    } else {
      return -1;
    }
  }
  const first = tokens[j + 1]?.text ?? '';
  return isJoiner(first) || isAnd(first) ? -1 : j + 1;
}

/** How many tokens at the end may be a place: a level word, capitalised names, or both. */
function placeLengths(tokens: readonly Token[]): number[] {
  const lengths = [0];
  for (let n = 1; n <= MAX_PLACE_WORDS && n < tokens.length; n++) {
    const tail = tokens.slice(tokens.length - n).map((t) => t.text);
    const levelWords = LEVEL_WORDS.find((w) => tail.slice(0, w.split(' ').length).join(' ') === w);
    const names = tail.slice(levelWords ? levelWords.split(' ').length : 0);
    if ((levelWords !== undefined || names.length > 0) && names.every(isCapitalised)) lengths.push(n);
  }
  return lengths;
}

/**
 * The abbreviations `normalized` defines, first definition of each kept. `known` says whether
 * the glossary already explains a bracketed abbreviation: its entry then wins.
 */
export function learnAbbreviations(
  normalized: NormalizedText,
  known: (abbr: string) => boolean,
): Map<string, ArticleAbbreviation> {
  const text = normalized.text;
  const learnt = new Map<string, ArticleAbbreviation>();
  for (const m of text.matchAll(BRACKET)) {
    const letters = m[1] ?? '';
    const abbr = letters + (m[2] ?? '');
    if (learnt.has(abbr) || known(letters) || known(abbr)) continue;
    const tokens = tokensBefore(text, m.index);
    const spelled = [...letters.replaceAll('-', '')];
    for (const place of placeLengths(tokens)) {
      const first = longFormStart(tokens, tokens.length - 1 - place, spelled);
      if (first < 0) continue;
      const from = tokens[first]?.start ?? 0;
      const to = tokens[tokens.length - 1]?.end ?? from;
      const span = toOriginalSpan(normalized, from, to);
      learnt.set(abbr, {
        abbr,
        expansion: normalized.original.slice(span.start, span.end),
        normalizedExpansion: text.slice(from, to),
      });
      break;
    }
  }
  return learnt;
}

/** A bracket that may hold capitals, in raw text (Đ may still be a look-alike, Ð or Ɖ). */
const CANDIDATE = /\(\s?[A-ZĐÐƉ][^()\n]{1,30}\)/g;
/** How far before a bracket its long form may start: more than MAX_WORDS words ever take. */
const WINDOW = 400;

/**
 * learnAbbreviations over a whole article without normalizing all of it: only the few hundred
 * characters before each bracket that may hold capitals, so that an enormous article costs
 * one quick scan before its first slice is marked. The same bracket is read once, where it
 * first occurs (a first definition wins anyway).
 */
export function learnFromText(
  text: string,
  known: (abbr: string) => boolean,
): Map<string, ArticleAbbreviation> {
  const learnt = new Map<string, ArticleAbbreviation>();
  const tried = new Set<string>();
  for (const m of text.matchAll(CANDIDATE)) {
    if (tried.has(m[0])) continue;
    tried.add(m[0]);
    const window = text.slice(Math.max(0, m.index - WINDOW), m.index + m[0].length);
    for (const [abbr, found] of learnAbbreviations(normalizeWithMap(window), known)) {
      if (!learnt.has(abbr)) learnt.set(abbr, found);
    }
  }
  return learnt;
}

/**
 * Every use of a learnt abbreviation in `normalized`, in capitals and as a whole word, except
 * the definition itself and any unit `blocked` (codes and glossary terms win). Offsets index
 * `normalized.original`.
 */
export function findDefinedUses(
  normalized: NormalizedText,
  learnt: ArticleAbbreviations,
  blocked?: Uint8Array,
): DefinedMatch[] {
  if (learnt.size === 0) return [];
  const text = normalized.text;
  // Learnt forms are capitals, &, - and level words: nothing a pattern would read as syntax.
  const forms = [...learnt.keys()].sort((a, b) => b.length - a.length);
  const finder = new RegExp(
    `(?<![\\p{L}\\p{N}&\\-])(?:${forms.join('|')})(?![\\p{L}\\p{N}&]|-[\\p{L}\\p{N}])`,
    'gu',
  );
  const uses: DefinedMatch[] = [];
  for (const m of text.matchAll(finder)) {
    const start = m.index;
    const end = start + m[0].length;
    const entry = learnt.get(m[0]);
    if (entry === undefined || isDefinition(text, start, end, entry)) continue;
    if (blocked && blocked.subarray(start, end).some((unit) => unit === 1)) continue;
    const span = toOriginalSpan(normalized, start, end);
    uses.push({
      abbr: entry.abbr,
      expansion: entry.expansion,
      start: span.start,
      end: span.end,
      text: normalized.original.slice(span.start, span.end),
    });
  }
  return uses;
}

/** True for the bracket that defines the abbreviation: "(ABBR)" just after its long form. */
function isDefinition(text: string, start: number, end: number, entry: ArticleAbbreviation): boolean {
  const open = text.lastIndexOf('(', start);
  if (open < 0 || text.slice(open + 1, start).trim() !== '' || !/^ ?\)/.test(text.slice(end))) return false;
  return text.slice(0, open).trimEnd().endsWith(entry.normalizedExpansion);
}
