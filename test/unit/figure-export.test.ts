import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/core/analysis-types.ts';
import {
  contextOf,
  csvField,
  figuresAsCsv,
  figuresAsText,
  proportionOf,
} from '../../src/views/figure-export.ts';
import { SEED } from './arbitraries.ts';

function figure(overrides: Partial<Figure> = {}): Figure {
  return {
    value: 1200,
    values: [1200],
    text: '1.200',
    label: 'hộ',
    kind: 'count',
    sentence: 'Toàn tỉnh có 1.200 hộ thoát nghèo.',
    start: 13,
    end: 18,
    mentions: 1,
    at: [{ start: 13, end: 18 }],
    ...overrides,
  };
}

/** A small RFC 4180 reader, written independently of the writer, to check what a spreadsheet would see. */
function readCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('figuresAsText', () => {
  it('lists each non-empty group under its title, groups separated by a blank line', () => {
    const text = figuresAsText([
      {
        title: 'Số liệu',
        figures: [figure(), figure({ text: '22/23', label: 'xã biên giới', kind: 'ratio' })],
      },
      { title: 'Trống', figures: [] },
      {
        title: 'Mốc thời gian',
        figures: [figure({ text: 'ngày 25/10/2017', label: 'Nghị quyết 18', kind: 'date' })],
      },
    ]);
    expect(text).toBe(
      'Số liệu\n- 1.200: hộ\n- 22/23: xã biên giới\n\nMốc thời gian\n- ngày 25/10/2017: Nghị quyết 18',
    );
    expect(text).not.toContain('Trống');
  });

  it('says how often a repeated figure is given', () => {
    const repeated = figure({
      mentions: 2,
      at: [
        { start: 13, end: 18 },
        { start: 40, end: 45 },
      ],
    });
    expect(figuresAsText([{ title: 'Số liệu', figures: [repeated] }])).toBe('Số liệu\n- 1.200: hộ (×2)');
  });

  it('gives an empty string when there is nothing to export', () => {
    expect(figuresAsText([])).toBe('');
    expect(figuresAsText([{ title: 'Số liệu', figures: [] }])).toBe('');
  });
});

describe('csvField', () => {
  it('leaves plain text alone and quotes fields with commas, quotes or line breaks', () => {
    expect(csvField('hộ nghèo')).toBe('hộ nghèo');
    expect(csvField('265,165 km')).toBe('"265,165 km"');
    expect(csvField('Chương trình "Nâng bước em tới trường"')).toBe(
      '"Chương trình ""Nâng bước em tới trường"""',
    );
    expect(csvField('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(csvField('dòng 1\r\ndòng 2')).toBe('"dòng 1\r\ndòng 2"');
    expect(csvField('')).toBe('');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const formula of [
      '=1+1',
      '+SUM(A1)',
      '-A1',
      '@cmd',
      '\t=1',
      '\r=1',
      '=HYPERLINK("http://x","y")',
      '-',
      '+',
      '-x1',
    ]) {
      const field = csvField(formula);
      const cell = readCsv(field)[0]![0]!;
      expect(cell.startsWith("'"), formula).toBe(true);
      expect(cell.slice(1)).toBe(formula);
    }
  });

  it('leaves negative numbers as numbers, but not formulas that start like one', () => {
    expect(csvField('-5')).toBe('-5');
    expect(csvField('-1.200.000')).toBe('-1.200.000');
    expect(csvField('-3%')).toBe('-3%');
    // The classic payload: a leading negative number does not make the rest harmless.
    expect(csvField("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvField('-1+1')).toBe("'-1+1");
    expect(csvField('-5 km')).toBe("'-5 km");
    expect(csvField('-0,5')).toBe('"-0,5"');
    expect(csvField('-12.5')).toBe('-12.5');
    expect(csvField('2015-2020')).toBe('2015-2020');
  });

  it('always reads back as the original text, or the original behind one apostrophe (generated)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (value) => {
        const cells = readCsv(`${csvField(value)}\r\n`);
        expect(cells).toHaveLength(1);
        expect(cells[0]).toHaveLength(1);
        const cell = cells[0]![0]!;
        expect(cell === value || cell === `'${value}`).toBe(true);
        // Whatever a spreadsheet sees first is never a formula starter, plain negative numbers aside.
        if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^-\d+(?:[.,]\d+)*%?$/);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});

describe('figuresAsCsv', () => {
  it('writes a header and one CRLF row per figure, every field in its column', () => {
    const csv = figuresAsCsv('group,text,value,label,kind,sentence', [
      {
        title: 'Số liệu',
        figures: [
          figure(),
          figure({
            value: 22,
            values: [22, 23],
            text: '22/23',
            label: 'xã, "biên giới"',
            kind: 'ratio',
            sentence: 'Có 22/23 xã,\nđạt.',
          }),
        ],
      },
      {
        title: 'Mốc',
        figures: [
          figure({
            value: null,
            values: [2015, 2020],
            text: '2015-2020',
            label: '=cmd',
            kind: 'period',
            sentence: '@x',
          }),
        ],
      },
    ]);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = readCsv(csv);
    expect(rows).toEqual([
      ['group', 'text', 'value', 'label', 'kind', 'sentence'],
      ['Số liệu', '1.200', '1200', 'hộ', 'count', 'Toàn tỉnh có 1.200 hộ thoát nghèo.'],
      ['Số liệu', '22/23', '22', 'xã, "biên giới"', 'ratio', 'Có 22/23 xã,\nđạt.'],
      ['Mốc', '2015-2020', '2015 2020', "'=cmd", 'period', "'@x"],
    ]);
  });

  it('writes the header alone when there are no figures', () => {
    expect(figuresAsCsv('a,b', [])).toBe('a,b\r\n');
  });
});

describe('proportionOf', () => {
  it('reads a percentage as a share, clamped to 0..1', () => {
    expect(proportionOf(figure({ kind: 'percent', value: 45, values: [45] }))).toBeCloseTo(0.45);
    expect(proportionOf(figure({ kind: 'percent', value: 150, values: [150] }))).toBe(1);
    expect(proportionOf(figure({ kind: 'percent', value: -3, values: [-3] }))).toBe(0);
    expect(proportionOf(figure({ kind: 'percent', value: null, values: [5] }))).toBeUndefined();
  });

  it('reads a ratio as part of a whole, only when it is one', () => {
    expect(proportionOf(figure({ kind: 'ratio', value: 22, values: [22, 23] }))).toBeCloseTo(22 / 23);
    expect(proportionOf(figure({ kind: 'ratio', value: 0, values: [0, 5] }))).toBe(0);
    expect(proportionOf(figure({ kind: 'ratio', value: 5, values: [5, 5] }))).toBe(1);
    expect(proportionOf(figure({ kind: 'ratio', value: 30, values: [30, 23] }))).toBeUndefined();
    expect(proportionOf(figure({ kind: 'ratio', value: 3, values: [3, 0] }))).toBeUndefined();
    expect(proportionOf(figure({ kind: 'ratio', value: -1, values: [-1, 4] }))).toBeUndefined();
    expect(proportionOf(figure({ kind: 'ratio', value: 3, values: [3] }))).toBeUndefined();
  });

  it('gives nothing for other kinds', () => {
    for (const kind of ['count', 'measure', 'money', 'date', 'period', 'ordinal'] as const) {
      expect(proportionOf(figure({ kind, value: 22, values: [22, 23] }))).toBeUndefined();
    }
  });
});

describe('contextOf', () => {
  it('gives a short sentence whole, with its whitespace tidied', () => {
    expect(contextOf(figure({ sentence: '  Toàn tỉnh có\n1.200   hộ thoát nghèo.  ' }))).toBe(
      'Toàn tỉnh có 1.200 hộ thoát nghèo.',
    );
    const exact = 'x'.repeat(110);
    expect(contextOf(figure({ sentence: exact, text: 'x' }))).toBe(exact);
  });

  const words = Array.from({ length: 60 }, (_, i) => `từ${i}`);

  it('cuts a long sentence around the figure, with an ellipsis on each cut side', () => {
    const sentence = [...words.slice(0, 30), '1.200 hộ', ...words.slice(30)].join(' ');
    const context = contextOf(figure({ sentence, text: '1.200' }));
    expect(context.startsWith('…')).toBe(true);
    expect(context.endsWith('…')).toBe(true);
    expect(context).toContain('1.200');
    expect(context.length).toBeLessThanOrEqual(112);
    expect(sentence).toContain(context.slice(1, -1));
  });

  it('has no leading ellipsis when the figure is near the start, and no trailing one near the end', () => {
    const atStart = ['1.200 hộ', ...words].join(' ');
    const start = contextOf(figure({ sentence: atStart, text: '1.200' }));
    expect(start.startsWith('1.200 hộ')).toBe(true);
    expect(start.endsWith('…')).toBe(true);
    const atEnd = [...words, '1.200 hộ.'].join(' ');
    const end = contextOf(figure({ sentence: atEnd, text: '1.200' }));
    expect(end.startsWith('…')).toBe(true);
    expect(end.endsWith('1.200 hộ.')).toBe(true);
  });

  it('cuts between words, never inside one', () => {
    const sentence = [...words.slice(0, 30), '1.200 hộ', ...words.slice(30)].join(' ');
    const context = contextOf(figure({ sentence, text: '1.200' }));
    const inner = context.replace(/^…/, '').replace(/…$/, '');
    for (const word of inner.split(' ')) expect(sentence.split(' ')).toContain(word);
  });

  it('falls back to the start of the sentence when the figure text is not in it', () => {
    const sentence = words.join(' ');
    expect(contextOf(figure({ sentence, text: 'không có' }))).toBe(`${sentence.slice(0, 110).trim()}…`);
  });

  it('keeps the figure visible and the length bounded for any sentence (generated)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('hộ', 'xã', 'biên giới', 'đồng chí', 'Bí thư', ',', '.'), { maxLength: 80 }),
        fc.array(fc.constantFrom('hộ', 'xã', 'bản', 'năm'), { maxLength: 80 }),
        fc.integer({ min: 20, max: 200 }),
        (before, after, maxLength) => {
          const sentence = [...before, '3.456 người', ...after].join(' ');
          const context = contextOf(figure({ sentence, text: '3.456' }), maxLength);
          expect(context.length).toBeLessThanOrEqual(maxLength + 2);
          if (maxLength >= 40) expect(context).toContain('3.456');
          const inner = context.replace(/^…/, '').replace(/…$/, '');
          expect(sentence).toContain(inner);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});
