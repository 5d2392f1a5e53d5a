/** Kept figures are found again by the key of their article's text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textKey } from '../../src/core/text-key.ts';
import { SEED } from './arbitraries.ts';
import { SEED_TEXT } from './seed-text.ts';

describe('textKey', () => {
  it('is the same for the same text and short whatever its length', () => {
    expect(textKey(SEED_TEXT)).toBe(textKey(String(SEED_TEXT)));
    expect(textKey(SEED_TEXT).length).toBeLessThan(24);
    expect(textKey('')).toMatch(/^[0-9a-z]+\.[0-9a-z]+\.0$/);
  });

  it('tells apart texts that differ by one character, one swap or one more space', () => {
    const keys = new Set(
      [
        SEED_TEXT,
        SEED_TEXT.replace('22', '23'),
        SEED_TEXT.replace('BĐBP', 'BPĐB'),
        `${SEED_TEXT} `,
        SEED_TEXT.slice(1),
      ].map(textKey),
    );
    expect(keys.size).toBe(5);
  });

  it('gives distinct keys to distinct short texts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
        if (a !== b) expect(textKey(a)).not.toBe(textKey(b));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
