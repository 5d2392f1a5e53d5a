import { describe, expect, it } from 'vitest';
import { buildGlossarySearch, type SearchableEntry } from '../../src/core/glossary-search.ts';
import { initialsKey, searchKey } from '../../src/core/search-fold.ts';
import { GLOSSARY } from '../../src/glossary/index.ts';

const entry = (
  id: string,
  terms: string[],
  expansion?: { vi: string; en: string },
  short = 'Một cơ quan.',
): SearchableEntry => ({
  id,
  terms,
  category: 'state-body',
  ...(expansion ? { expansion } : {}),
  vi: { short },
  en: { short: 'A body.' },
});

const SMALL = [
  entry('hdnd', ['Hội đồng nhân dân', 'HĐND']),
  entry('ubnd', ['UBND', 'Ủy ban nhân dân'], { vi: 'Ủy ban nhân dân', en: "People's Committee" }),
  entry('bdbp', ['BĐBP'], { vi: 'Bộ đội Biên phòng', en: 'Border Guard' }),
  entry('ban-dan-van', ['Ban Dân vận'], undefined, 'Cơ quan tham mưu về công tác dân vận.'),
];

describe('searchKey', () => {
  it('drops diacritics, đ and case, and folds both tone placements', () => {
    expect(searchKey('Hội đồng Nhân dân')).toBe('hoi dong nhan dan');
    expect(searchKey('BĐBP')).toBe('bdbp');
    expect(searchKey('Uỷ ban')).toBe(searchKey('Ủy ban'));
    expect(searchKey('Ủy ban'.normalize('NFD'))).toBe('uy ban');
  });

  it('turns punctuation into single spaces', () => {
    expect(searchKey("  People's  Committee! ")).toBe('people s committee');
    expect(searchKey('—')).toBe('');
  });

  it('takes the initials of each word', () => {
    expect(initialsKey('Bộ đội Biên phòng')).toBe('bdbp');
  });
});

describe('buildGlossarySearch', () => {
  const search = buildGlossarySearch(SMALL);

  it('finds a term typed without diacritics', () => {
    expect(search.search('hoi dong nhan dan')[0]?.id).toBe('hdnd');
    expect(search.search('hội đồng')[0]?.id).toBe('hdnd');
  });

  it('finds an abbreviation typed in lower case without Đ', () => {
    expect(search.search('bdbp')[0]).toMatchObject({ id: 'bdbp', reason: 'term' });
    expect(search.search('hdnd')[0]?.id).toBe('hdnd');
  });

  it('finds an English expansion', () => {
    expect(search.search("people's committee")[0]).toMatchObject({ id: 'ubnd', reason: 'expansion' });
    expect(search.search('border')[0]?.id).toBe('bdbp');
  });

  it('ranks a whole term above a word inside an explanation', () => {
    const hits = search.search('dan van');
    expect(hits[0]?.id).toBe('ban-dan-van');
    expect(search.search('tham muu')[0]).toMatchObject({ id: 'ban-dan-van', reason: 'explanation' });
  });

  it('finds nothing for nothing, and matches words from their start only', () => {
    expect(search.search('  ')).toEqual([]);
    expect(search.search('ong')).toEqual([]);
  });

  it('lists a category in headword order', () => {
    expect(search.inCategory('state-body')).toEqual(['ban-dan-van', 'bdbp', 'hdnd', 'ubnd']);
    expect(search.inCategory('press')).toEqual([]);
  });

  it('answers the three kinds of query over the bundled glossary', () => {
    const whole = buildGlossarySearch(GLOSSARY);
    const headword = (query: string): string | undefined => {
      const id = whole.search(query)[0]?.id;
      return GLOSSARY.find((e) => e.id === id)?.terms[0];
    };
    expect(headword('hoi dong nhan dan')).toBe('Hội đồng nhân dân');
    expect(headword('bdbp')).toBe('BĐBP');
    expect(whole.search("people's committee").map((h) => h.id)).toContain(
      GLOSSARY.find((e) => e.terms.includes('UBND'))?.id,
    );
  });
});
