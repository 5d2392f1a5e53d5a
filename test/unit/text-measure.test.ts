/** Detection weighs blocks by their characters, with white space runs counted once. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countNonSpace } from '../../src/page/detect/text-measure.ts';
import { SEED } from './arbitraries.ts';

/** The plain reading: collapse every run of white space (a regex's \s), trim, count. */
function plainCount(s: string): number {
  return s.replace(/\s+/g, ' ').replace(/^ | $/g, '').length;
}

describe('countNonSpace', () => {
  it('counts words and single spaces by their length, and collapses the rest', () => {
    expect(countNonSpace('Ban Chỉ huy')).toBe(11);
    expect(countNonSpace('  Ban\n\n\tChỉ huy  ')).toBe(11);
    expect(countNonSpace('\u00a0')).toBe(0);
    expect(countNonSpace('')).toBe(0);
  });

  it('agrees with the plain reading on any mix of letters and white space', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        ' ',
        '  ',
        '\n',
        '\t',
        '\r\n',
        '\f',
        '\v',
        '\u00a0',
        '\u1680',
        '\u2003',
        '\u200a',
        '\u2028',
        '\u202f',
        '\u3000',
        '\ufeff',
        '\u200b',
      ),
      fc.string({ maxLength: 5 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(countNonSpace(text)).toBe(plainCount(text));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
