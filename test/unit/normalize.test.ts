import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isAbbreviationToken,
  normalizeText,
  normalizeWithMap,
  termKey,
  toOriginalSpan,
} from '../../src/core/normalize.ts';

describe('normalizeWithMap', () => {
  it('composes NFD input and maps every unit back to the decomposed original', () => {
    const original = 'Bộ đội Biên phòng'.normalize('NFD');
    const n = normalizeWithMap(original);
    expect(n.text).toBe('Bộ đội Biên phòng'.normalize('NFC'));
    expect(n.text.length).toBeLessThan(original.length);
    // "phòng" in the normalized text maps to the decomposed "phòng" in the original.
    const at = n.text.indexOf('phòng');
    const span = toOriginalSpan(n, at, at + 'phòng'.length);
    expect(original.slice(span.start, span.end)).toBe('phòng'.normalize('NFD'));
    expect(span.end).toBe(original.length);
  });

  it('treats combining marks in either order the same (ệ = e + dot below + circumflex)', () => {
    const a = 'e\u0323\u0302'; // dot below then circumflex
    const b = 'e\u0302\u0323'; // circumflex then dot below
    expect(normalizeText(a)).toBe('ệ');
    expect(normalizeText(b)).toBe('ệ');
  });

  it.each([
    ['hoà', 'hòa'],
    ['thuỷ', 'thủy'],
    ['uỷ', 'ủy'],
    ['khoá', 'khóa'],
    ['tuỳ', 'tùy'],
    ['oé', 'óe'],
    ['khoẻ', 'khỏe'],
    ['hoạ', 'họa'],
    ['loã', 'lõa'],
    ['HOÀ', 'HÒA'],
    ['UỶ', 'ỦY'],
  ])('folds new tone placement %s into %s', (modern, traditional) => {
    expect(normalizeText(modern)).toBe(traditional);
    expect(normalizeText(traditional)).toBe(traditional);
    expect(normalizeText(modern.normalize('NFD'))).toBe(traditional);
  });

  it('leaves syllables with a final consonant, and qu + y, alone', () => {
    for (const word of ['hoàng', 'thuyết', 'khoảng', 'quý', 'Quý', 'quỳnh', 'ngoài', 'khuỷu', 'xoáy']) {
      expect(normalizeText(word)).toBe(word);
    }
  });

  it('folds tone placement before punctuation and at the end of text', () => {
    expect(normalizeText('hoà.')).toBe('hòa.');
    expect(normalizeText('(cấp uỷ)')).toBe('(cấp ủy)');
  });

  it.each([
    ['\u00d0', 'Đ'],
    ['\u00f0', 'đ'],
    ['\u0189', 'Đ'],
    ['\u0256', 'đ'],
  ])('folds the look-alike %s to %s', (lookAlike, d) => {
    expect(normalizeText(`${lookAlike}ảng`)).toBe(`${d}ảng`);
  });

  it.each(['\u00a0', '\u2002', '\u2009', '\u202f', '\u3000', '\t', '\n', '\r\n', '  \n  '])(
    'folds the whitespace %j to one space',
    (space) => {
      expect(normalizeText(`biên${space}phòng`)).toBe('biên phòng');
    },
  );

  it('keeps a paragraph break (a blank line) as one newline', () => {
    expect(normalizeText('biên\n\nphòng')).toBe('biên\nphòng');
    expect(normalizeText('biên \r\n \r\n phòng')).toBe('biên\nphòng');
  });

  it.each(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'])(
    'removes the invisible %j',
    (invisible) => {
      const original = `BĐ${invisible}BP`;
      const n = normalizeWithMap(original);
      expect(n.text).toBe('BĐBP');
      expect(toOriginalSpan(n, 0, 4)).toEqual({ start: 0, end: original.length });
    },
  );

  it.each(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212'])(
    'folds the dash %j to "-"',
    (dash) => {
      expect(normalizeText(`18${dash}NQ`)).toBe('18-NQ');
    },
  );

  it('keeps case', () => {
    expect(normalizeText('BĐBP và bđbp')).toBe('BĐBP và bđbp');
  });

  it('maps a whitespace run to the whole run', () => {
    const original = 'a \u00a0\n b';
    const n = normalizeWithMap(original);
    expect(n.text).toBe('a b');
    expect(toOriginalSpan(n, 1, 2)).toEqual({ start: 1, end: 5 });
  });

  it('maps every normalized range onto an original range that normalizes to the same text', () => {
    const pieces = [
      'Bộ',
      ' ',
      'đội',
      '\u00a0',
      'hoà',
      '\u200b',
      'Ð',
      'uỷ'.normalize('NFD'),
      '–',
      '\n\n',
      'A',
      'ệ'.normalize('NFD'),
      '😀',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 20 }),
        fc.nat(),
        fc.nat(),
        (parts, a, b) => {
          const original = parts.join('');
          const n = normalizeWithMap(original);
          expect(n.starts.length).toBe(n.text.length);
          if (n.text.length === 0) return;
          const s = a % n.text.length;
          const e = s + 1 + (b % (n.text.length - s));
          const span = toOriginalSpan(n, s, e);
          expect(span.start).toBeLessThanOrEqual(span.end);
          expect(span.end).toBeLessThanOrEqual(original.length);
          // Offsets are monotonic, so a normalized range always maps to a proper slice.
          for (let i = 1; i < n.starts.length; i++)
            expect(n.starts[i]!).toBeGreaterThanOrEqual(n.starts[i - 1]!);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('termKey', () => {
  it('lower-cases ordinary words and keeps abbreviations in capitals', () => {
    expect(termKey('Bộ Chỉ huy BĐBP tỉnh')).toBe('bộ chỉ huy BĐBP tỉnh');
    expect(termKey('P.V')).toBe('P.V');
    expect(termKey('Chỉ thị 01/CT-TTg')).toBe('chỉ thị 01/CT-TTg');
  });

  it('makes spelling variants collide', () => {
    expect(termKey('Cấp uỷ')).toBe(termKey('cấp ủy'));
    expect(termKey('HOÀ BÌNH')).not.toBe(termKey('hòa bình')); // all capitals: an abbreviation-like token
    expect(termKey('Hoà  bình')).toBe(termKey('hòa\u00a0bình'));
    expect(termKey('Ðảng ủy'.normalize('NFD'))).toBe(termKey('Đảng ủy'));
    expect(termKey(' BĐ\u00adBP ')).toBe(termKey('BĐBP'));
  });

  it('keeps an abbreviation distinct from the same letters in lower case', () => {
    expect(termKey('BLC')).not.toBe(termKey('blc'));
  });
});

describe('isAbbreviationToken', () => {
  it.each([
    ['BĐBP', true],
    ['P.V', true],
    ['XII', true],
    ['TTg', true],
    ['QĐi', true],
    ['UBTVQH15', true],
    ['Đảng', false],
    ['biên', false],
    ['2015', false],
  ])('%s → %s', (token, expected) => {
    expect(isAbbreviationToken(token)).toBe(expected);
  });
});
