/**
 * The index compiled at build time must match exactly what a plain reading of the glossary
 * would: every written form normalized, tried at every word start, longest first, whole words
 * only, abbreviation tokens as written. The oracle below is that plain reading, deliberately
 * naive (every form at every position), so it shares no structure with the index.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TermMatch } from '../../src/core/analysis-types.ts';
import { isWordCode } from '../../src/core/char-classes.ts';
import type { Category, Level } from '../../src/core/glossary-schema.ts';
import {
  compileMatchIndex,
  loadMatchIndex,
  MatchIndexSchema,
  type FormFilter,
  type MatchableEntry,
} from '../../src/core/match-index.ts';
import {
  isAbbreviationToken,
  lowerUnit,
  normalizeWithMap,
  toOriginalSpan,
} from '../../src/core/normalize.ts';
import { GLOSSARY } from '../../src/glossary/index.ts';
import { glossaryTerm, SEED, vietnameseText } from './arbitraries.ts';
import { SEED_TEXT } from './seed-text.ts';

interface OracleForm {
  text: string;
  entry: MatchableEntry;
  level: Level;
}

function oracleForms(entries: readonly MatchableEntry[]): OracleForm[] {
  return entries.flatMap((entry) =>
    entry.terms.flatMap((term) => {
      const text = normalizeWithMap(term).text.replace(/\n/g, ' ').trim();
      if (!text) return [];
      const abbreviation = text.split(' ').some(isAbbreviationToken);
      return [{ text, entry, level: abbreviation ? 'abbreviation' : (entry.level ?? 'name') }];
    }),
  );
}

function formMatchesAt(form: string, text: string, at: number): boolean {
  if (at + form.length > text.length) return false;
  let offset = 0;
  for (const token of form.split(' ')) {
    const exact = isAbbreviationToken(token);
    for (let k = 0; k < token.length; k++) {
      const a = text.charCodeAt(at + offset + k);
      const b = token.charCodeAt(k);
      if (exact ? a !== b : lowerUnit(a) !== lowerUnit(b)) return false;
    }
    offset += token.length;
    if (offset < form.length) {
      if (text.charCodeAt(at + offset) !== 0x20) return false;
      offset++;
    }
  }
  return true;
}

const formsOf = new WeakMap<readonly MatchableEntry[], OracleForm[]>();

function oracleFind(entries: readonly MatchableEntry[], input: string, allow?: FormFilter): TermMatch[] {
  let forms = formsOf.get(entries);
  if (!forms) {
    forms = oracleForms(entries);
    formsOf.set(entries, forms);
  }
  const normalized = normalizeWithMap(input);
  const text = normalized.text;
  const word = (i: number): boolean => i >= 0 && i < text.length && isWordCode(text.charCodeAt(i));
  const out: TermMatch[] = [];
  let i = 0;
  while (i < text.length) {
    if (word(i) && word(i - 1)) {
      i++;
      continue;
    }
    let best: OracleForm | undefined;
    for (const form of forms) {
      const end = i + form.text.length;
      if (best && form.text.length <= best.text.length) continue;
      if (lowerUnit(form.text.charCodeAt(0)) !== lowerUnit(text.charCodeAt(i))) continue;
      if (word(end - 1) && word(end)) continue;
      if (!formMatchesAt(form.text, text, i)) continue;
      if (allow && !allow(form.entry.category, form.level)) continue;
      best = form;
    }
    if (!best) {
      i++;
      continue;
    }
    const span = toOriginalSpan(normalized, i, i + best.text.length);
    out.push({
      id: best.entry.id,
      start: span.start,
      end: span.end,
      text: input.slice(span.start, span.end),
    });
    i += best.text.length;
  }
  return out;
}

const index = compileMatchIndex(GLOSSARY);
const finder = loadMatchIndex(JSON.parse(JSON.stringify(index)));
const RUNS = { seed: SEED, numRuns: 100 };

const onlyAbbreviations: FormFilter = (_c, level) => level === 'abbreviation';
const noPlaces: FormFilter = (category: Category) => category !== 'place';

describe('the compiled match index', () => {
  it('is valid against its own schema and survives JSON', () => {
    expect(() => loadMatchIndex(JSON.parse(JSON.stringify(index)))).not.toThrow();
    expect(MatchIndexSchema.entries.version.literal).toBe(1);
    expect(finder.size).toBe(GLOSSARY.length);
  });

  it('refuses what is not an index', () => {
    expect(() => loadMatchIndex({ ...index, version: 2 })).toThrow();
    expect(() => loadMatchIndex({ ...index, categories: index.categories.slice(1) })).toThrow(/disagree/);
    expect(() => loadMatchIndex('index')).toThrow();
  });

  it('matches the seed article exactly as the plain reading of the glossary does', () => {
    const expected = oracleFind(GLOSSARY, SEED_TEXT);
    expect(expected.length).toBeGreaterThan(100);
    expect(finder.find(SEED_TEXT)).toEqual(expected);
  });

  it('agrees with the plain reading on generated prose full of glossary terms', () => {
    const prose = fc
      .array(fc.oneof(vietnameseText(8), glossaryTerm), { maxLength: 12 })
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(prose, (text) => {
        expect(finder.find(text)).toEqual(oracleFind(GLOSSARY, text));
      }),
      RUNS,
    );
  }, 30_000);

  it('agrees with the plain reading around characters the native lower-casing treats apart', () => {
    // Forms that start with a bracket (so characters between words are heads too), and text with
    // astral letters and emoji, a capital sigma, a dotted capital I and combining marks.
    const entries: MatchableEntry[] = [
      { id: 'blc', terms: ['(BLC)'], category: 'press', level: 'abbreviation' },
      { id: 'ubnd', terms: ['UBND', 'Ủy ban nhân dân'], category: 'state-body', level: 'abbreviation' },
      { id: 'sigma', terms: ['ΣΟΣ bản'], category: 'campaign-concept', level: 'common' },
      { id: 'dotted', terms: ['İt bản'], category: 'campaign-concept', level: 'common' },
    ];
    const small = loadMatchIndex(compileMatchIndex(entries));
    const piece = fc.oneof(
      fc.constantFrom('(BLC)', 'UBND', 'ủy ban nhân dân', 'ΣΟΣ bản', 'σος bản', 'İt bản', 'it bản', ' ', '-'),
      fc.constantFrom('😀', '𐐀', '𐐨', 'Σ', 'ς', 'İ', '\u0301', '(', ')', '\ud800'),
      fc.string({ unit: 'binary', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(small.find(text)).toEqual(oracleFind(entries, text));
      }),
      { ...RUNS, numRuns: 400 },
    );
  });

  it('agrees under a level filter and a category filter', () => {
    const sample = SEED_TEXT.slice(0, 3000);
    expect(finder.find(sample, onlyAbbreviations)).toEqual(oracleFind(GLOSSARY, sample, onlyAbbreviations));
    expect(finder.find(sample, noPlaces)).toEqual(oracleFind(GLOSSARY, sample, noPlaces));
  });

  it('still marks the abbreviation inside a name that is filtered out', () => {
    const entries: MatchableEntry[] = [
      { id: 'board', terms: ['Ban Chỉ huy BĐBP tỉnh'], category: 'army-border-guard', level: 'name' },
      { id: 'bdbp', terms: ['BĐBP'], category: 'army-border-guard', level: 'abbreviation' },
      { id: 'ban-chi-huy', terms: ['Ban Chỉ huy'], category: 'army-border-guard', level: 'name' },
    ];
    const small = loadMatchIndex(compileMatchIndex(entries));
    const text = 'Lãnh đạo Ban Chỉ huy BĐBP tỉnh kiểm tra.';
    expect(small.find(text).map((m) => m.id)).toEqual(['board']);
    // "BĐBP tỉnh" holds an abbreviation, so the whole form counts as one at that level.
    expect(small.find(text, onlyAbbreviations).map((m) => m.text)).toEqual(['Ban Chỉ huy BĐBP tỉnh']);
    const namesOff: FormFilter = (_c, level) => level !== 'name';
    expect(small.find('Ban Chỉ huy và BĐBP', namesOff).map((m) => m.id)).toEqual(['bdbp']);
  });

  it('knows the codes that have entries, in any spelling that decodes alike', () => {
    expect(finder.entryForCode('18-NQ/TW')).toBe('nq-18-tw');
    expect(finder.entryForCode('18-NQ/TU')).toBeUndefined();
    expect(finder.categoryOf('nq-18-tw')).toBe('party-document');
    expect(finder.categoryOf('no-such-entry')).toBeUndefined();
  });

  it('costs nothing to load beyond splitting its strings: no form is normalized at load', () => {
    // A glossary of 10,000 synthetic entries loads into a finder without touching its groups.
    const big: MatchableEntry[] = Array.from({ length: 10_000 }, (_, k) => ({
      id: `synthetic-${k}`,
      terms: [`thuật ngữ thử số ${k}`, `TTS${k}`],
      category: 'programme',
      level: 'name',
    }));
    const data = compileMatchIndex(big);
    const loaded = loadMatchIndex(data);
    expect(loaded.size).toBe(10_000);
    expect(loaded.find('Đây là thuật ngữ thử số 9999 và TTS42.').map((m) => m.id)).toEqual([
      'synthetic-9999',
      'synthetic-42',
    ]);
  });
});
