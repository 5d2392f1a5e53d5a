/**
 * Properties of the finders over generated text, with the real glossary: they never throw,
 * every result is an exact slice of the input, and results come in order without overlap.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CodeMatch, TermMatch } from '../../src/core/analysis-types.ts';
import { analyzeText } from '../../src/core/analyze-text.ts';
import { isWordCode } from '../../src/core/char-classes.ts';
import { decodeDocumentCode, findDocumentCodes } from '../../src/core/doc-codes.ts';
import { buildTermMatcher } from '../../src/core/term-matcher.ts';
import { GLOSSARY, GLOSSARY_BY_ID } from '../../src/glossary/index.ts';
import {
  anyText,
  digitsAndPunctuation,
  documentCode,
  GLOSSARY_TERMS,
  INVISIBLES,
  longText,
  SEED,
  vietnameseText,
} from './arbitraries.ts';

const matcher = buildTermMatcher(GLOSSARY);
const known = (canonical: string): string | undefined => matcher.entryForCode(canonical);
const RUNS = { seed: SEED, numRuns: 250 };

const DROPPED = /[\u00ad\u200b-\u200d\u2060\ufeff\u180e]/;

/** The nearest character before `index` that normalization keeps, or -1. */
function visibleBefore(text: string, index: number): number {
  let i = index - 1;
  while (i >= 0 && DROPPED.test(text[i]!)) i--;
  return i;
}

/** The nearest character at or after `index` that normalization keeps, or text.length. */
function visibleFrom(text: string, index: number): number {
  let i = index;
  while (i < text.length && DROPPED.test(text[i]!)) i++;
  return i;
}

/** Offsets in bounds, text an exact slice, sorted and non-overlapping; '' when all hold. */
function spanProblem(text: string, found: readonly (TermMatch | CodeMatch)[]): string {
  let previousEnd = 0;
  for (const [k, m] of found.entries()) {
    if (!(Number.isInteger(m.start) && Number.isInteger(m.end))) return `#${k}: non-integer offsets`;
    if (!(m.start >= 0 && m.start < m.end && m.end <= text.length))
      return `#${k}: ${m.start}..${m.end} out of bounds`;
    if (text.slice(m.start, m.end) !== m.text) return `#${k}: text is not the slice`;
    if (m.start < previousEnd) return `#${k}: starts at ${m.start} before the previous end ${previousEnd}`;
    previousEnd = m.end;
  }
  return '';
}

/** Terms begin and end on word edges of the text as the reader sees it. */
function edgeProblem(text: string, found: readonly TermMatch[]): string {
  for (const m of found) {
    const before = visibleBefore(text, m.start);
    const first = visibleFrom(text, m.start);
    if (before >= 0 && isWordCode(text.charCodeAt(before)) && isWordCode(text.charCodeAt(first))) {
      return `"${m.text}" at ${m.start} starts inside a word`;
    }
    const after = visibleFrom(text, m.end);
    const last = visibleBefore(text, m.end);
    if (after < text.length && isWordCode(text.charCodeAt(after)) && isWordCode(text.charCodeAt(last))) {
      return `"${m.text}" at ${m.start} ends inside a word`;
    }
  }
  return '';
}

describe('term matcher with the real glossary (properties)', () => {
  it('never throws; matches are exact, ordered, non-overlapping slices on word edges, with known ids', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const found = matcher.find(text);
        expect(spanProblem(text, found)).toBe('');
        expect(edgeProblem(text, found)).toBe('');
        for (const m of found) expect(GLOSSARY_BY_ID.has(m.id)).toBe(true);
      }),
      RUNS,
    );
  });

  it('finds each match again, whole, when its text stands alone', () => {
    fc.assert(
      fc.property(vietnameseText(), (text) => {
        for (const m of matcher.find(text)) {
          const alone = matcher.find(m.text);
          expect(alone.map((a) => [a.id, a.start, a.end])).toEqual([[m.id, 0, m.text.length]]);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('finds Vietnamese-heavy text generously: some terms turn up', () => {
    // A guard against the generators drifting away from what the glossary matches.
    const texts = fc.sample(vietnameseText(), { numRuns: 100, seed: SEED });
    const withTerms = texts.filter((t) => matcher.find(t).length > 0).length;
    expect(withTerms).toBeGreaterThan(50);
  });

  it('finds every glossary term through zero-width characters, soft hyphens and NFD', () => {
    const perturbed = fc
      .record({
        index: fc.integer({ min: 0, max: GLOSSARY_TERMS.length - 1 }),
        cuts: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLES)), { minLength: 1, maxLength: 4 }),
        nfd: fc.boolean(),
        prefix: fc.constantFrom('', '\n\n', '(', '“', ' — ', 'Theo tin: '),
        suffix: fc.constantFrom('', '.', ',', ')', '”', '\n\n', ' đã họp.'),
      })
      .map(({ index, cuts, nfd, prefix, suffix }) => {
        const { id, term } = GLOSSARY_TERMS[index]!;
        // Invisible characters go between user-perceived characters (a soft hyphen between a
        // letter and its own tone mark is not something a page produces).
        const graphemes = [...new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment(term)].map(
          (s) => s.segment,
        );
        const pieces = graphemes.map((g) => (nfd ? g.normalize('NFD') : g));
        for (const [at, invisible] of cuts) {
          if (pieces.length < 2) break;
          const slot = 1 + (at % (pieces.length - 1)); // strictly inside the term
          pieces[slot] = invisible + pieces[slot]!;
        }
        return { id, term, written: pieces.join(''), prefix, suffix };
      });
    fc.assert(
      fc.property(perturbed, ({ id, written, prefix, suffix }) => {
        const text = prefix + written + suffix;
        const found = matcher.find(text);
        const hit = found.find((m) => m.start === prefix.length && m.end === prefix.length + written.length);
        expect(hit?.id).toBe(id);
        expect(hit?.text).toBe(written);
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('finds the same entries in a term written with the old and the new tone placement', () => {
    // The new style puts the tone on the second vowel of a final oa, oe or uy (hoà, uỷ).
    const newStyle = (s: string): string =>
      s
        .normalize('NFD')
        .replace(
          /(?<![qQ])([oO][\u0300\u0301\u0303\u0309\u0323]?)([aeAE])(?![\p{L}\p{N}])|(?<![qQ])([uU][\u0300\u0301\u0303\u0309\u0323]?)([yY])(?![\p{L}\p{N}])/gu,
          (whole: string, o?: string, oSecond?: string, u?: string, uSecond?: string) => {
            const first = o ?? u ?? '';
            const second = oSecond ?? uSecond ?? '';
            return first.length === 2 ? `${first[0]}${second}${first[1]}` : whole;
          },
        )
        .normalize('NFC');
    const moved = GLOSSARY_TERMS.filter((t) => newStyle(t.term) !== t.term);
    // Capitalised new style, as at the start of a sentence or name: once missed (Uỷ ≠ Ủy).
    expect(matcher.find('Uỷ ban nhân dân tỉnh họp.').map((m) => m.id)[0]).toBe('ubnd');
    expect(moved.length).toBeGreaterThan(0);
    for (const { id, term } of moved) {
      const written = newStyle(term);
      expect(matcher.find(written).map((m) => [m.id, m.start, m.end])).toEqual([[id, 0, written.length]]);
    }
  });
});

describe('document codes (properties)', () => {
  it('never throw; codes are exact, ordered, non-overlapping slices that decode alone the same way', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, digitsAndPunctuation), (text) => {
        const codes = findDocumentCodes(text, known);
        expect(spanProblem(text, codes)).toBe('');
        for (const code of codes) {
          expect(decodeDocumentCode(code.text)?.canonical).toBe(code.decoded.canonical);
          if (code.entryId !== undefined) expect(GLOSSARY_BY_ID.get(code.entryId)?.code).toBeDefined();
        }
      }),
      RUNS,
    );
  });

  it('finds a generated code in a sentence, whole', () => {
    fc.assert(
      fc.property(documentCode, fc.constantFrom('số ', '(', 'theo ', ''), (code, before) => {
        const text = `${before}${code} ngày 5/3.`;
        const codes = findDocumentCodes(text);
        // Every generated form is one the finder reads, so it must be found, whole.
        expect(codes.map((c) => [c.start, c.end])).toEqual([[before.length, before.length + code.length]]);
      }),
      RUNS,
    );
  });

  it('finds nothing in text of digits and punctuation only', () => {
    fc.assert(
      fc.property(digitsAndPunctuation, (text) => {
        expect(findDocumentCodes(text)).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('analyzeText (properties)', () => {
  it('never throws; terms and codes are exact slices, and no term overlaps a code', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { terms, codes } = analyzeText(text, matcher);
        expect(spanProblem(text, terms)).toBe('');
        expect(spanProblem(text, codes)).toBe('');
        for (const t of terms) {
          for (const c of codes) expect(t.end <= c.start || c.end <= t.start).toBe(true);
        }
        // The codes are exactly what the code finder alone reports.
        expect(codes).toEqual(findDocumentCodes(text, known));
      }),
      RUNS,
    );
  });

  it('holds its rules on a few ~200 KB articles', () => {
    for (const seed of [11, 12]) {
      const text = longText(200_000, seed);
      const { terms, codes } = analyzeText(text, matcher);
      expect(terms.length).toBeGreaterThan(100);
      expect(codes.length).toBeGreaterThan(10);
      expect(spanProblem(text, terms)).toBe('');
      expect(spanProblem(text, codes)).toBe('');
      expect(edgeProblem(text, terms)).toBe('');
    }
  }, 20_000);
});
