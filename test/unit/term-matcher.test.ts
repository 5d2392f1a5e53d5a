import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { GlossaryEntry } from '../../src/core/glossary-schema.ts';
import { buildTermMatcher } from '../../src/core/term-matcher.ts';
import { normalizeWithMap } from '../../src/core/normalize.ts';

function entry(id: string, terms: string[]): GlossaryEntry {
  return {
    id,
    terms,
    category: 'army-border-guard',
    vi: { short: id, long: id },
    en: { short: id, long: id },
    sources: [],
    verified: true,
    level: 'name',
    checked: '2026-12-01',
  };
}

const ENTRIES = [
  entry('bdbp', ['BĐBP', 'Bộ đội Biên phòng']),
  entry('bch-bdbp-tinh', ['Bộ Chỉ huy BĐBP tỉnh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh']),
  entry('btl-bdbp', ['Bộ Tư lệnh BĐBP']),
  entry('pv', ['P.V']),
  entry('blc', ['BLC']),
  entry('cap-uy', ['cấp ủy']),
  entry('hoa-binh', ['hòa bình']),
  entry('dang-uy', ['Đảng ủy']),
  entry('tinh', ['tỉnh']),
];

const matcher = buildTermMatcher(ENTRIES);

function ids(text: string): string[] {
  return matcher.find(text).map((m) => m.id);
}

describe('buildTermMatcher', () => {
  it('prefers the longest match at the leftmost position', () => {
    const found = matcher.find('Bộ Chỉ huy BĐBP tỉnh đã làm');
    expect(found).toEqual([{ id: 'bch-bdbp-tinh', start: 0, end: 20, text: 'Bộ Chỉ huy BĐBP tỉnh' }]);
  });

  it('returns non-overlapping matches in text order', () => {
    const text = 'BĐBP tỉnh; Bộ Tư lệnh BĐBP và BĐBP';
    const found = matcher.find(text);
    expect(found.map((m) => m.id)).toEqual(['bdbp', 'tinh', 'btl-bdbp', 'bdbp']);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });

  it('matches whole words only', () => {
    expect(ids('BĐBPX')).toEqual([]);
    expect(ids('xBĐBP')).toEqual([]);
    expect(ids('BĐBP1')).toEqual([]);
    expect(ids('1BĐBP')).toEqual([]);
    expect(ids('tỉnhđ')).toEqual([]);
    expect(ids('ătỉnh')).toEqual([]);
    expect(ids('(BĐBP)')).toEqual(['bdbp']);
    expect(ids('BĐBP.')).toEqual(['bdbp']);
    expect(ids('BĐBP-tỉnh')).toEqual(['bdbp', 'tinh']);
  });

  it('matches abbreviations in capitals only', () => {
    expect(ids('bđbp Bđbp BĐbp')).toEqual([]);
    expect(ids('(blc) Blc (BLC)')).toEqual(['blc']);
    expect(ids('p.v P.v')).toEqual([]);
    expect(ids('Phóng viên (P.V):')).toEqual(['pv']);
  });

  it('matches ordinary words in any case', () => {
    expect(ids('Bộ đội Biên phòng')).toEqual(['bdbp']);
    expect(ids('bộ đội biên phòng')).toEqual(['bdbp']);
    expect(ids('BỘ ĐỘI BIÊN PHÒNG')).toEqual(['bdbp']);
    expect(ids('BỘ CHỈ HUY BĐBP TỈNH')).toEqual(['bch-bdbp-tinh']);
  });

  it('keeps the abbreviation rule inside a longer phrase', () => {
    expect(ids('bộ chỉ huy bđbp tỉnh')).toEqual(['tinh']);
  });

  it.each([
    ['a no-break space', 'Bộ đội\u00a0Biên phòng'],
    ['a line break', 'Bộ đội\nBiên phòng'],
    ['a CRLF with indentation', 'Bộ đội\r\n    Biên phòng'],
    ['a zero-width space', 'Bộ đội \u200bBiên phòng'],
    ['a soft hyphen inside a word', 'Bộ đội Biên phò\u00adng'],
    ['a run of spaces', 'Bộ   đội  Biên phòng'],
    ['decomposed letters', 'Bộ đội Biên phòng'.normalize('NFD')],
  ])('matches a phrase containing %s, with exact original offsets', (_label, phrase) => {
    const text = `Trước ${phrase} sau`;
    const found = matcher.find(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.id).toBe('bdbp');
    expect(found[0]!.start).toBe('Trước '.length);
    expect(found[0]!.end).toBe(text.length - ' sau'.length);
    expect(found[0]!.text).toBe(phrase);
  });

  it('does not match across a paragraph break', () => {
    expect(ids('Bộ đội\n\nBiên phòng')).toEqual([]);
  });

  it('matches the other tone placement and Đ look-alikes', () => {
    expect(ids('cấp uỷ')).toEqual(['cap-uy']);
    expect(ids('hoà bình')).toEqual(['hoa-binh']);
    expect(ids('\u00d0ảng ủy')).toEqual(['dang-uy']);
    expect(ids('\u0189ảng uỷ')).toEqual(['dang-uy']);
    expect(ids('B\u00d0BP')).toEqual(['bdbp']);
    expect(ids('B\u0189BP')).toEqual(['bdbp']);
  });

  it('finds terms written with the other tone placement in the glossary', () => {
    const m = buildTermMatcher([entry('x', ['Chính uỷ'])]);
    expect(m.find('Chính ủy Bộ Chỉ huy').map((x) => x.text)).toEqual(['Chính ủy']);
  });

  it('reports offsets into the original text even after decomposed characters', () => {
    const text = 'Đảng ủy tỉnh'.normalize('NFD') + ' và BĐBP';
    const found = matcher.find(text);
    expect(found.map((m) => m.id)).toEqual(['dang-uy', 'tinh', 'bdbp']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found[2]!.end).toBe(text.length);
  });

  it('never covers a blocked unit, falling back to a shorter term', () => {
    const m = buildTermMatcher([entry('long', ['Bộ đội Biên phòng']), entry('short', ['Bộ đội'])]);
    const normalized = normalizeWithMap('Bộ đội Biên phòng');
    const blocked = new Uint8Array(normalized.text.length);
    blocked[normalized.text.indexOf('Biên')] = 1;
    expect(m.findNormalized(normalized, blocked).map((x) => x.id)).toEqual(['short']);
    blocked.fill(0);
    blocked[0] = 1;
    expect(m.findNormalized(normalized, blocked)).toEqual([]);
  });

  it('keeps the first entry when two entries share a written form', () => {
    const m = buildTermMatcher([entry('first', ['biên giới']), entry('second', ['Biên giới'])]);
    expect(m.find('biên giới').map((x) => x.id)).toEqual(['first']);
  });

  it('matches nothing with an empty glossary or empty terms', () => {
    expect(buildTermMatcher([]).find('BĐBP')).toEqual([]);
    expect(buildTermMatcher([entry('blank', ['  ', ''])]).find('a b')).toEqual([]);
  });

  it('always reports text equal to the original slice, in order, without overlap', () => {
    const pieces = [
      'BĐBP',
      'bđbp',
      'Bộ',
      'Chỉ',
      'huy',
      'tỉnh',
      'TỈNH',
      ' ',
      '\u00a0',
      '\n',
      '\u200b',
      '\u00ad',
      'x',
      'uỷ',
      'cấp',
      'P.V',
      '.',
      ',',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const found = matcher.find(text);
        let last = 0;
        for (const m of found) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          last = m.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  // The cost itself is measured by `npm run bench` (time against text and glossary size).
  it('finds the same matches with a 20,000-entry glossary sharing prefixes with the text', () => {
    const big = [...ENTRIES];
    for (let i = 0; i < 20000; i++) big.push(entry(`synthetic-${i}`, [`Bộ đội mẫu ${i}`]));
    const bigMatcher = buildTermMatcher(big);
    const text = 'Bộ đội Biên phòng và BĐBP tỉnh. '.repeat(2000);
    const small = matcher.find(text);
    const large = bigMatcher.find(text);
    expect(small.length).toBeGreaterThan(0);
    expect(large).toEqual(small);
  });
});
