/**
 * What follows a numeral and belongs to the quantity: scale words ("2,4 triệu",
 * "1,2 nghìn tỷ"), then a percent sign, a currency or a unit of measure, glued or spaced
 * ("265,165km", "3.000 m2", "15 triệu đồng"), then per-unit tails ("tạ/ha",
 * "triệu đồng/người/năm").
 */

import type { Token } from './word-tokens.ts';
import { lexicon } from './lexicon.ts';
import { syllableKey } from './syllable-key.ts';

export type QuantityKind = 'percent' | 'money' | 'measure' | 'plain';

export interface QuantityTail {
  kind: QuantityKind;
  /** Product of the scale words read. */
  factor: number;
  /** Index of the first token after the tail. */
  nextToken: number;
  /** Offset where the tail ends (the numeral's end when there is no tail). */
  end: number;
  /** Offset where the tail starts, when there is one. */
  unitStart?: number;
}

const SQUARED = new Set(['2', '3', '²', '³']);

function wordAt(tokens: readonly Token[], index: number): Token | undefined {
  const token = tokens[index];
  return token !== undefined && token.kind === 'word' ? token : undefined;
}

function pairKey(tokens: readonly Token[], index: number): string {
  const a = wordAt(tokens, index);
  const b = wordAt(tokens, index + 1);
  return a !== undefined && b !== undefined ? `${a.key} ${b.key}` : '';
}

/** Reads a currency starting at `index`; returns the index after it, or -1. */
function readCurrency(tokens: readonly Token[], index: number): number {
  const word = wordAt(tokens, index);
  if (word === undefined) return -1;
  if (lexicon().CURRENCY_WORDS.has(pairKey(tokens, index))) return index + 2;
  const threeKey = `${pairKey(tokens, index)} ${wordAt(tokens, index + 2)?.key ?? ''}`;
  if (lexicon().CURRENCY_WORDS.has(threeKey)) return index + 3;
  if (!lexicon().CURRENCY_WORDS.has(word.key)) return -1;
  if (word.key === syllableKey('đồng')) {
    const next = wordAt(tokens, index + 1);
    if (next !== undefined && next.spaced && lexicon().DONG_COMPOUNDS.has(next.key)) return -1;
  }
  // A lone "đ" is a currency only glued to the number or standing alone before punctuation.
  if (word.key === syllableKey('đ') && word.spaced && wordAt(tokens, index + 1)?.spaced === true) return -1;
  return index + 1;
}

/** Reads a unit of measure starting at `index`; returns the index after it, or -1. */
function readMeasure(tokens: readonly Token[], index: number): number {
  const token = tokens[index];
  if (token === undefined) return -1;
  if (token.kind === 'punct' && token.raw === '°') {
    const next = wordAt(tokens, index + 1);
    return next !== undefined && !next.spaced && (next.raw === 'C' || next.raw === 'F') ? index + 2 : -1;
  }
  if (token.kind !== 'word') return -1;
  if (lexicon().WORD_UNITS.has(pairKey(tokens, index))) return index + 2;
  if (
    token.key === syllableKey('héc') &&
    tokens[index + 1]?.raw === '-' &&
    wordAt(tokens, index + 2)?.key === 'ta'
  ) {
    return index + 3;
  }
  if (lexicon().SYMBOL_UNITS.has(token.raw)) {
    const after = tokens[index + 1];
    if (after !== undefined && !after.spaced && SQUARED.has(after.raw) && /^(?:k?m|cm|dm)$/.test(token.raw))
      return index + 2;
    // "km/h" keeps its slash tail through readPerTail.
    return index + 1;
  }
  return lexicon().WORD_UNITS.has(token.key) ? index + 1 : -1;
}

/** "/ha", "/người/năm": per-unit tails glued to a unit. */
function readPerTail(tokens: readonly Token[], index: number): number {
  let cursor = index;
  for (let guard = 0; guard < 3; guard += 1) {
    const slash = tokens[cursor];
    const word = wordAt(tokens, cursor + 1);
    if (slash === undefined || slash.raw !== '/' || slash.spaced || word === undefined || word.spaced) break;
    if (word.raw.charAt(0) !== word.raw.charAt(0).toLowerCase()) break;
    cursor += lexicon().PER_TWO_WORDS.has(pairKey(tokens, cursor + 1)) ? 3 : 2;
    const squared = tokens[cursor];
    if (squared !== undefined && !squared.spaced && SQUARED.has(squared.raw)) cursor += 1;
  }
  return cursor;
}

/**
 * Reads the tail after a numeral. `index` is the first token after the numeral,
 * `numeralEnd` its end offset.
 */
export function readQuantityTail(tokens: readonly Token[], index: number, numeralEnd: number): QuantityTail {
  let cursor = index;
  let factor = 1;
  let unitStart: number | undefined;
  for (let guard = 0; guard < 2; guard += 1) {
    const word = wordAt(tokens, cursor);
    const scaleFactor = word === undefined ? undefined : lexicon().MULTIPLIERS.get(word.key);
    if (word === undefined || scaleFactor === undefined) break;
    unitStart ??= word.start;
    factor *= scaleFactor;
    cursor += 1;
  }
  let kind: QuantityKind = 'plain';
  const next = tokens[cursor];
  if (next !== undefined && next.raw === '%') {
    kind = 'percent';
    cursor += 1;
  } else if (lexicon().PERCENT_WORDS.has(pairKey(tokens, cursor))) {
    kind = 'percent';
    cursor += 2;
  } else if (
    lexicon().PERCENT_WORDS.has(`${pairKey(tokens, cursor)} ${wordAt(tokens, cursor + 2)?.key ?? ''}`)
  ) {
    // "0,5 điểm phần trăm": percentage points, a change of a percentage.
    kind = 'percent';
    cursor += 3;
  } else {
    const afterCurrency = readCurrency(tokens, cursor);
    if (afterCurrency > 0) {
      kind = 'money';
      cursor = afterCurrency;
    } else {
      const afterMeasure = readMeasure(tokens, cursor);
      if (afterMeasure > 0) {
        kind = 'measure';
        cursor = afterMeasure;
      }
    }
  }
  if (kind !== 'plain' && next !== undefined) unitStart ??= next.start;
  if (unitStart !== undefined) cursor = readPerTail(tokens, cursor);
  const last = tokens[cursor - 1];
  const end = unitStart !== undefined && last !== undefined ? last.end : numeralEnd;
  const tail: QuantityTail = { kind, factor, nextToken: cursor, end };
  if (unitStart !== undefined) tail.unitStart = unitStart;
  return tail;
}
