import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDefinedUses, learnAbbreviations } from '../../src/core/article-abbreviations.ts';
import { analyzeText, learnArticleAbbreviations } from '../../src/core/analyze-text.ts';
import { markArticle } from '../../src/core/article-marking.ts';
import { CATEGORIES } from '../../src/core/glossary-schema.ts';
import { normalizeWithMap } from '../../src/core/normalize.ts';
import { buildTermMatcher } from '../../src/core/term-matcher.ts';
import { SEED, syllable } from './arbitraries.ts';

const nothingKnown = (): boolean => false;

function learnt(text: string, known: (abbr: string) => boolean = nothingKnown): Record<string, string> {
  const map = learnAbbreviations(normalizeWithMap(text), known);
  return Object.fromEntries([...map.values()].map((a) => [a.abbr, a.expansion]));
}

describe('learnAbbreviations: pairs papers write', () => {
  it.each([
    ['Hội Liên hiệp Phụ nữ (LHPN) xã tổ chức tập huấn.', 'LHPN', 'Liên hiệp Phụ nữ'],
    ['Ban Quản lý dự án (BQLDA) đã bàn giao mặt bằng.', 'BQLDA', 'Ban Quản lý dự án'],
    ['Lãnh đạo Sở Khoa học và Công nghệ (KH&CN) cho biết', 'KH&CN', 'Khoa học và Công nghệ'],
    ['theo Sở Khoa học và Công nghệ (KHCN), năm nay', 'KHCN', 'Khoa học và Công nghệ'],
    [
      'Phòng Lao động - Thương binh và Xã hội (LĐ-TB&XH) huyện',
      'LĐ-TB&XH',
      'Lao động - Thương binh và Xã hội',
    ],
    ['Sở Văn hóa, Thể thao và Du lịch (VHTTDL) phối hợp', 'VHTTDL', 'Văn hóa, Thể thao và Du lịch'],
    ['các hợp tác xã (HTX) nông nghiệp', 'HTX', 'hợp tác xã'],
    // Đ written D.
    ['Chương trình phát triển đô thị (PTDT) của tỉnh', 'PTDT', 'phát triển đô thị'],
    ['Ban Đại diện (BĐD) Hội Người cao tuổi xã', 'BĐD', 'Ban Đại diện'],
    ['Ban Đại diện (BDD) Hội Người cao tuổi xã', 'BDD', 'Ban Đại diện'],
  ])('learns %j', (text, abbr, expansion) => {
    expect(learnt(text)).toEqual({ [abbr]: expansion });
  });

  it('allows a place after the letters, and a level word kept in the bracket', () => {
    expect(learnt('Ủy ban nhân dân tỉnh Lai Châu (UBND) vừa ban hành')).toEqual({
      UBND: 'Ủy ban nhân dân tỉnh Lai Châu',
    });
    expect(learnt('Ban Chỉ đạo tỉnh (BCĐ tỉnh) họp phiên thứ hai')).toEqual({
      'BCĐ tỉnh': 'Ban Chỉ đạo tỉnh',
    });
    expect(learnt('Trung tâm Y tế huyện Mường Tè (TTYT) tiếp nhận')).toEqual({
      TTYT: 'Trung tâm Y tế huyện Mường Tè',
    });
  });

  it('keeps the first definition of an abbreviation', () => {
    expect(
      learnt('Ban Quản lý dự án (BQLDA) và sau đó Ban Quy hoạch lâm địa đô thị an toàn (BQLDA).'),
    ).toEqual({
      BQLDA: 'Ban Quản lý dự án',
    });
  });

  it('gives the long form as written in the original, decomposed letters and all', () => {
    const text = 'Hội Liên hiệp Phụ nữ (LHPN)'.normalize('NFD');
    expect(learnt(text)).toEqual({ LHPN: 'Liên hiệp Phụ nữ'.normalize('NFD') });
  });

  it('leaves an abbreviation the glossary knows to the glossary', () => {
    expect(learnt('Ban Quản lý dự án (BQLDA)', (abbr) => abbr === 'BQLDA')).toEqual({});
  });
});

describe('learnAbbreviations: what is not a definition', () => {
  it.each([
    ['a percentage remark', 'Doanh thu tăng 12 % (so với cùng kỳ).'],
    ['a press credit', 'Cán bộ đồn tuần tra biên giới. (BLC)'],
    ['a credit after words that do not fit', 'Người dân thu hoạch chè (BLC)'],
    ['a photo note', 'Lãnh đạo tỉnh thăm mô hình (ảnh).'],
    ['a year range', 'Chương trình mục tiêu quốc gia (2021-2025) đã giải ngân'],
    ['letters that do not match', 'Hội Nông dân tỉnh (HLHPN) tổ chức'],
    ['letters in another order', 'Ban Quản lý dự án (QBLDA) đã bàn giao'],
    ['letters that run past the words', 'Quản lý dự án (BQLDA)'],
    ['a single letter', 'Phương án (A) được chọn'],
    ['lower-case letters', 'Ban quản lý (bql) cho biết'],
    ['a number in the long form', 'Đội 3 Bảo vệ (ĐBV) có mặt'],
    ['an unclosed bracket', 'Ban Quản lý dự án (BQLDA đã bàn giao'],
  ])('rejects %s', (_label, text) => {
    expect(learnt(text)).toEqual({});
  });
});

describe('findDefinedUses', () => {
  const text =
    'BQLDA khởi công cầu treo.\n\nBan Quản lý dự án (BQLDA) cho biết, BQLDA đã giao việc; cán bộ BQLDAX và ' +
    'XBQLDA không liên quan, bqlda viết thường cũng vậy. Theo BQLDA-2 thì khác. (BQLDA) nhắc lại.';

  function uses(source: string): string[] {
    const normalized = normalizeWithMap(source);
    const map = learnAbbreviations(normalized, nothingKnown);
    return findDefinedUses(normalized, map).map((u) => `${u.text}@${u.start}`);
  }

  it('marks every use but the definition, whole words in capitals only', () => {
    const found = uses(text);
    const at = (from: number): number => text.indexOf('BQLDA', from);
    const definition = text.indexOf('(BQLDA)') + 1;
    expect(found).toEqual([
      `BQLDA@${at(0)}`,
      `BQLDA@${at(definition + 1)}`,
      `BQLDA@${text.lastIndexOf('(BQLDA)') + 1}`,
    ]);
    expect(found).not.toContain(`BQLDA@${definition}`);
  });

  it('reports offsets into the original text and the long form with each use', () => {
    const source = 'Ban Quản lý dự án (BQLDA) cho biết BQLDA sẽ làm.'.normalize('NFD');
    const normalized = normalizeWithMap(source);
    const [use] = findDefinedUses(normalized, learnAbbreviations(normalized, nothingKnown));
    expect(use).toMatchObject({ abbr: 'BQLDA', expansion: 'Ban Quản lý dự án'.normalize('NFD') });
    expect(source.slice(use!.start, use!.end)).toBe('BQLDA');
  });
});

describe('in the article: with the glossary and the marking', () => {
  const finder = buildTermMatcher([
    { id: 'ubnd', terms: ['UBND'], category: 'state-body', level: 'abbreviation' },
    { id: 'ban-qlda', terms: ['ban quản lý dự án'], category: 'state-body', level: 'common' },
  ]);
  const article =
    'BQLDA tỉnh khởi công dự án\n\nỦy ban nhân dân tỉnh (UBND) giao Ban Quản lý dự án (BQLDA) làm chủ đầu tư. ' +
    'UBND yêu cầu BQLDA hoàn thành trước Quyết định số 12/QĐ-BQLDA.\n\nCuối năm, BQLDA báo cáo UBND.';

  it('leaves abbreviations the glossary knows to their entry', () => {
    expect([...learnArticleAbbreviations(article, finder).keys()]).toEqual(['BQLDA']);
  });

  it('marks uses in every slice, including before the definition, but not inside codes', () => {
    const choices = { firstOnly: false, categories: new Set(CATEGORIES), level: 'names' } as const;
    const marks = [...markArticle(article, finder, choices, 40)].flat();
    const defined = marks.filter((m) => m.kind === 'defined');
    expect(defined.map((m) => article.slice(m.start, m.end))).toEqual(['BQLDA', 'BQLDA', 'BQLDA']);
    expect(defined.map((m) => m.start)).toEqual([
      0,
      article.indexOf('BQLDA hoàn'),
      article.lastIndexOf('BQLDA báo'),
    ]);
    expect(defined[0]).toMatchObject({ abbr: 'BQLDA', expansion: 'Ban Quản lý dự án' });
    expect(marks.some((m) => m.kind === 'code' && m.text === '12/QĐ-BQLDA')).toBe(true);
    expect(marks.filter((m) => m.kind === 'term' && m.entryId === 'ubnd')).toHaveLength(3);
    // A common-level glossary form does not stop the long form's abbreviation being learnt.
    const firstOnly = [...markArticle(article, finder, { ...choices, firstOnly: true }, 40)].flat();
    expect(firstOnly.filter((m) => m.kind === 'defined')).toHaveLength(1);
  });

  it('learns from the whole article what a pass over all of it normalized would learn', () => {
    const long =
      `${'Người dân bản Nậm Cười (ảnh) thu hoạch chè. '.repeat(40)}Ban Chỉ huy Quân sự (BCHQS) xã ` +
      `và Hội Cựu chiến binh (CCB) xã; ${'Ban Quản lý dự án (BQLDA) '.repeat(3)}Trung tâm Dịch vụ (TTDV \u00d0)` +
      ` và Ban Ðại diện (B\u00d0D) Hội.`;
    const whole = learnAbbreviations(normalizeWithMap(long), (abbr) => abbr === 'UBND');
    expect([...learnArticleAbbreviations(long, finder).values()]).toEqual([...whole.values()]);
    expect([...whole.keys()]).toEqual(['BCHQS', 'CCB', 'BQLDA', 'BĐD']);
  });

  it('finds the same in one pass as in slices', () => {
    const learntHere = learnArticleAbbreviations(article, finder);
    const whole = analyzeText(article, finder, undefined, learntHere).defined.map((d) => d.start);
    const choices = { firstOnly: false, categories: new Set(CATEGORIES), level: 'everything' } as const;
    const sliced = [...markArticle(article, finder, choices, 40)].flat().filter((m) => m.kind === 'defined');
    expect(sliced.map((m) => m.start)).toEqual(whole);
  });
});

describe('on any text', () => {
  const piece = fc.oneof(
    syllable,
    fc.constantFrom('(', ')', ' (', ') ', 'và', '&', '-', ', ', '\n\n', ' tỉnh', 'Đ', 'BQL', 'HTX', 'KH&CN'),
    fc.stringMatching(/^[A-ZĐ]{1,6}$/),
  );
  const text = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(' '));

  it('never throws, and every use points at its abbreviation in the original text', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('NFC', 'NFD'), (raw, form) => {
        const source = raw.normalize(form as 'NFC' | 'NFD');
        const normalized = normalizeWithMap(source);
        const map = learnAbbreviations(normalized, nothingKnown);
        for (const use of findDefinedUses(normalized, map)) {
          expect(source.slice(use.start, use.end)).toBe(use.text);
          expect(map.get(use.abbr)?.expansion).toBe(use.expansion);
          expect(source).toContain(use.expansion);
        }
      }),
      { numRuns: 400, seed: SEED },
    );
  });

  it('learns any long form from its initials and finds the later use', () => {
    // Lower-case words only, so that no word is itself all capitals like the abbreviation.
    const word = syllable.map((w) => w.toLowerCase()).filter((w) => w !== 'và' && /^\p{L}+$/u.test(w));
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 8 }), (words) => {
        const abbr = words.map((w) => (w.normalize('NFD')[0] ?? '').toUpperCase()).join('');
        const longForm = words.join(' ');
        const source = `Ngày 5/3, ${longForm} (${abbr}) họp. Sau đó ${abbr} báo cáo.`;
        const normalized = normalizeWithMap(source);
        const map = learnAbbreviations(normalized, nothingKnown);
        expect(map.get(abbr)?.expansion).toBe(longForm);
        const uses = findDefinedUses(normalized, map);
        expect(uses.map((u) => u.start)).toEqual([source.lastIndexOf(abbr)]);
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});
