/**
 * Properties of the figure finder over generated text: it never throws, and every figure is an
 * exact, well-formed slice of the input, whatever the input.
 */
import { SEED_TEXT } from './seed-text.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure, FigureKind } from '../../src/core/analysis-types.ts';
import { extractFigures } from '../../src/core/figures/extract-figures.ts';
import { groupFigures } from '../../src/core/figures/figure-groups.ts';
import {
  anyText,
  digitsAndPunctuation,
  longText,
  SEED,
  vietnameseNumber,
  vietnameseText,
} from './arbitraries.ts';

const KINDS: readonly FigureKind[] = [
  'count',
  'ratio',
  'percent',
  'measure',
  'money',
  'date',
  'period',
  'ordinal',
];
const RUNS = { seed: SEED, numRuns: 200 };

/** Everything a figure promises about itself and the text it was found in; '' when all hold. */
function figureProblem(text: string, f: Figure): string {
  const where = `"${f.text}" at ${f.start}`;
  if (!(Number.isInteger(f.start) && Number.isInteger(f.end))) return `${where}: non-integer offsets`;
  if (!(f.start >= 0 && f.start < f.end && f.end <= text.length))
    return `${where}: ${f.start}..${f.end} out of bounds`;
  if (text.slice(f.start, f.end) !== f.text) return `${where}: text is not the slice`;
  if (!KINDS.includes(f.kind)) return `${where}: unknown kind ${String(f.kind)}`;
  if (f.values.length === 0 || !f.values.every(Number.isFinite))
    return `${where}: values ${String(f.values)}`;
  // Dates, periods and ordinals have no main number (an ordinal's rank is in values); a quantity's is one of its numbers.
  if (f.kind === 'date' || f.kind === 'period' || f.kind === 'ordinal') {
    if (f.value !== null) return `${where}: a ${f.kind} with a value`;
  } else if (f.value === null || !f.values.includes(f.value)) {
    return `${where}: value ${f.value} not among ${String(f.values)}`;
  }
  if (f.label.trim() === '') return `${where}: empty label`;
  if (!f.sentence.includes(f.text)) return `${where}: sentence does not hold the figure`;
  if (f.unit !== undefined && f.unit.trim() === '') return `${where}: blank unit`;
  return '';
}

function problems(text: string): string {
  const figures = extractFigures(text);
  for (const f of figures) {
    const problem = figureProblem(text, f);
    if (problem !== '') return problem;
  }
  // Two figures never claim the same characters.
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k]!.start < sorted[k - 1]!.end)
      return `"${sorted[k]!.text}" overlaps "${sorted[k - 1]!.text}"`;
  }
  return '';
}

describe('extractFigures (properties)', () => {
  it('never throws and gives well-formed figures on any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(problems(text)).toBe('');
      }),
      RUNS,
    );
  });

  it('gives well-formed figures on text of digits and punctuation only', () => {
    fc.assert(
      fc.property(digitsAndPunctuation, (text) => {
        expect(problems(text)).toBe('');
      }),
      RUNS,
    );
  });

  it('finds figures in generated Vietnamese sentences with numbers and counted nouns', () => {
    const sentence = fc
      .tuple(vietnameseText(6), vietnameseNumber, fc.constantFrom('hộ', 'xã', 'người', 'km', 'tỷ đồng', '%'))
      .map(([lead, number, noun]) => `${lead.replace(/\d/g, '')} có ${number} ${noun} tham gia.`);
    let found = 0;
    fc.assert(
      fc.property(sentence, (text) => {
        expect(problems(text)).toBe('');
        if (extractFigures(text).length > 0) found++;
      }),
      RUNS,
    );
    // Most of these sentences hold a key figure; a finder that gave up would find none.
    expect(found).toBeGreaterThan(RUNS.numRuns / 2);
  });

  it('groups without losing or inventing figures', () => {
    fc.assert(
      fc.property(vietnameseText(), (text) => {
        const all = extractFigures(text);
        const { figures, timeline } = groupFigures(all);
        expect(figures.length + timeline.length).toBe(all.length);
        for (const list of [figures, timeline]) {
          for (let k = 1; k < list.length; k++)
            expect(list[k]!.start).toBeGreaterThanOrEqual(list[k - 1]!.start);
        }
      }),
      RUNS,
    );
  });

  it('reads the seed article written in NFD exactly as in NFC, up to offsets', () => {
    const seed = SEED_TEXT;
    const read = (text: string): string[] =>
      extractFigures(text).map((f) =>
        `${f.kind} ${f.values.join('/')} ${f.text} | ${f.label}`.normalize('NFC'),
      );
    const plain = read(seed);
    expect(plain.length).toBeGreaterThan(5);
    expect(read(seed.normalize('NFD'))).toEqual(plain);
    expect(problems(seed.normalize('NFD'))).toBe('');
  });

  // BUG (reported): the figure finder reads raw text, so a zero-width space or soft hyphen
  // left by the page's editor between words changes what it finds — "2 đồng\u200b chí" becomes
  // money ("2 đồng", "số tiền") and "1.200\u200b hộ" is no figure at all. Normalization drops
  // these characters for terms and codes; figures should see the same text.
  it('reads figures through zero-width characters and soft hyphens between words', () => {
    const cases = [
      'Có 2 đồng chí Bí thư.',
      'Có 1.200 hộ dân.',
      'Có 22/23 xã biên giới.',
      'Nghị quyết Hội nghị lần thứ 6, Ban Chấp hành.',
    ];
    const read = (text: string): string[] =>
      extractFigures(text).map(
        (f) => `${f.kind} ${f.values.join('/')} | ${f.label.replace(/[\u00ad\u200b]/g, '')}`,
      );
    for (const text of cases) {
      const plain = read(text);
      expect(plain.length).toBe(1);
      for (const invisible of ['\u200b', '\u00ad']) {
        // An invisible character after every word, as some editors leave them.
        const written = text.replace(/ /g, `${invisible} `);
        expect(problems(written)).toBe('');
        expect(read(written), JSON.stringify(written)).toEqual(plain);
      }
    }
  });

  // Its speed is measured by `npm run bench`, not asserted here.
  it('holds its rules on a ~200 KB article', () => {
    const text = longText(200_000, 21);
    expect(problems(text)).toBe('');
    expect(extractFigures(text).length).toBeGreaterThan(100);
  }, 30_000);
});
