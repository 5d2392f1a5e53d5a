/**
 * Properties of normalization over generated text: it is stable, it agrees with itself, and
 * its offset map always points back inside the original, in order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeWithMap, toOriginalSpan } from '../../src/core/normalize.ts';
import { anyText, longText, SEED } from './arbitraries.ts';

const RUNS = { seed: SEED, numRuns: 200 };

// Characters normalization drops entirely: they are the only ones no normalized unit maps to.
const DROPPED = /^[\u00ad\u200b-\u200d\u2060\ufeff\u180e]*$/;
// Characters a whitespace run may swallow.
const SPACE_RUN =
  /^[\s\u0085\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\u00ad\u180e]+$/;
const LINE_BREAKS = /[\n\r\u0085\u2028\u2029]/;

/**
 * Checks the offset map of one normalization and returns the first broken rule, or '' when
 * all hold. Plain comparisons rather than expect() per unit, because a 200 KB text has
 * 200 000 units.
 */
function mapProblem(original: string): string {
  const n = normalizeWithMap(original);
  if (n.original !== original) return 'original not kept';
  if (n.starts.length !== n.text.length || n.ends.length !== n.text.length) return 'map length';
  let covered = 0; // original offset up to which every character is accounted for
  for (let k = 0; k < n.text.length; k++) {
    const start = n.starts[k]!;
    const end = n.ends[k]!;
    if (start < 0 || end <= start || end > original.length)
      return `unit ${k}: span ${start}..${end} out of bounds`;
    if (k > 0) {
      // Units of one composed cluster share its span; otherwise spans follow each other.
      const sameCluster = n.starts[k - 1] === start && n.ends[k - 1] === end;
      if (!sameCluster && start < n.ends[k - 1]!)
        return `unit ${k}: span ${start}..${end} overlaps the previous`;
    }
    // Whatever lies between two spans was dropped on purpose (invisible characters only).
    if (start > covered && !DROPPED.test(original.slice(covered, start)))
      return `unit ${k}: lost ${covered}..${start}`;
    covered = Math.max(covered, end);
    const unit = n.text[k]!;
    if ((unit === ' ' || unit === '\n') && !SPACE_RUN.test(original.slice(start, end))) {
      return `unit ${k}: space from non-space`;
    }
  }
  if (!DROPPED.test(original.slice(covered))) return `lost the tail from ${covered}`;
  return '';
}

function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

describe('normalizeWithMap (properties)', () => {
  it('normalizeText is exactly the text of normalizeWithMap', () => {
    fc.assert(
      fc.property(anyText, (x) => {
        expect(normalizeText(x)).toBe(normalizeWithMap(x).text);
      }),
      RUNS,
    );
  });

  it('is idempotent on text without line breaks', () => {
    fc.assert(
      fc.property(anyText, (x) => {
        const once = normalizeText(x.replace(/[\n\r\u0085\u2028\u2029]/g, ' '));
        expect(normalizeText(once)).toBe(once);
      }),
      RUNS,
    );
  });

  // A paragraph break ("\n", from a blank line) is one line break when read again, so a second
  // pass turns it into a space. Everything else is stable. This pins that down: normalized text
  // must not be normalized again where paragraphs matter.
  it('is idempotent on any text except that a paragraph break reads as a space the second time', () => {
    fc.assert(
      fc.property(anyText, (x) => {
        const once = normalizeText(x);
        expect(normalizeText(once)).toBe(once.replace(/\n/g, ' '));
        expect(normalizeText(once.replace(/\n/g, '\n\n'))).toBe(once);
      }),
      RUNS,
    );
  });

  it('produces only canonical forms: NFC, no invisible characters, single spaces, plain hyphens', () => {
    fc.assert(
      fc.property(anyText, (x) => {
        const text = normalizeText(x);
        expect(text).not.toMatch(/[\u00ad\u200b-\u200d\u2060\ufeff]/);
        expect(text).not.toMatch(/[ \n]{2}/);
        expect(text).not.toMatch(/[\u2010-\u2015\u2212\u00a0\t\r]/);
        // NFC, for every script without astral combining marks (those are not attached to
        // their base; no Vietnamese text has them).
        if (!/[\u{10000}-\u{10ffff}]/u.test(x)) expect(text.normalize('NFC')).toBe(text);
      }),
      RUNS,
    );
  });

  it('maps every normalized unit back inside the original, in order, accounting for every character', () => {
    fc.assert(
      fc.property(anyText, (x) => {
        expect(mapProblem(x)).toBe('');
      }),
      RUNS,
    );
  });

  it('maps any normalized range to an original range in bounds, monotonic in both ends', () => {
    const withRange = anyText.chain((x) => {
      const length = normalizeText(x).length;
      return fc.tuple(
        fc.constant(x),
        fc.integer({ min: 0, max: length }),
        fc.integer({ min: 0, max: length }),
      );
    });
    fc.assert(
      fc.property(withRange, ([x, a, b]) => {
        const n = normalizeWithMap(x);
        const [s, e] = a <= b ? [a, b] : [b, a];
        const span = toOriginalSpan(n, s, e);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeGreaterThanOrEqual(span.start);
        expect(span.end).toBeLessThanOrEqual(x.length);
        if (e > s) {
          // Widening the normalized range never narrows the original one.
          const wider = toOriginalSpan(n, Math.max(0, s - 1), Math.min(n.text.length, e + 1));
          expect(wider.start).toBeLessThanOrEqual(span.start);
          expect(wider.end).toBeGreaterThanOrEqual(span.end);
          // The original slice, read again, gives the normalized slice back (whole clusters,
          // and tone marks aside, whose placement may depend on a neighbour outside the slice).
          let cs = s;
          while (cs > 0 && n.starts[cs - 1] === n.starts[cs]) cs--;
          let ce = e;
          while (ce < n.text.length && n.starts[ce] === n.starts[ce - 1]) ce++;
          const cluster = toOriginalSpan(n, cs, ce);
          const back = normalizeText(x.slice(cluster.start, cluster.end));
          expect(withoutMarks(back)).toBe(withoutMarks(n.text.slice(cs, ce)));
        }
      }),
      RUNS,
    );
  });

  it('copies plain runs exactly as the rules read them one character at a time', () => {
    // Around every edge of a plain run: marks after a letter, look-alikes of Đ, doubled and odd
    // spaces, dashes, invisible characters, astral letters, tone placement across the edge.
    const edge = fc.constantFrom(
      ' ',
      '  ',
      '\n\n',
      '\u00a0',
      '\t',
      '-',
      '\u2013',
      '\u00ad',
      '\u200b',
      '\u0301',
      '\u0323',
      '\u00d0',
      '\u00f0',
      '\u0189',
      '\u0256',
      '\u212b',
      '\ud835\udc00',
      'hoà',
      'Hoà',
      'thuỷ',
      'quý',
      'oa',
      'uy',
      'Ð',
    );
    const piece = fc.oneof(edge, anyText, fc.string({ unit: 'binary', maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        const fast = normalizeWithMap(text);
        const slow = normalizeWithMap(text, { plainRuns: false });
        expect(fast.text).toBe(slow.text);
        expect([...fast.starts]).toEqual([...slow.starts]);
        expect([...fast.ends]).toEqual([...slow.ends]);
      }),
      { ...RUNS, numRuns: 1000 },
    );
    const article = longText(50_000, 7);
    expect(normalizeWithMap(article).text).toBe(normalizeWithMap(article, { plainRuns: false }).text);
  });

  it('keeps its rules on a few ~200 KB articles', () => {
    for (const seed of [1, 2, 3]) {
      const text = longText(200_000, seed);
      expect(text.length).toBe(200_000);
      expect(mapProblem(text)).toBe('');
      const once = normalizeText(text);
      expect(normalizeText(once)).toBe(once.replace(/\n/g, ' '));
      expect(LINE_BREAKS.test(text)).toBe(true);
    }
  });
});
