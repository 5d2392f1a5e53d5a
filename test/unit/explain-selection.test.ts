import { describe, expect, it } from 'vitest';
import { explainSelection } from '../../src/core/explain-selection.ts';
import { buildTermMatcher } from '../../src/core/term-matcher.ts';
import { GLOSSARY } from '../../src/glossary/index.ts';

const finder = buildTermMatcher(GLOSSARY);

describe('explainSelection', () => {
  const sentence =
    'Thực hiện Nghị định 34/2014/NĐ-CP, BĐBP đã phối hợp tổ chức 12 đợt tuần tra; BĐBP cũng giúp 35 hộ dân.';

  it('finds each term once with its count, the codes and the figures', () => {
    const found = explainSelection(sentence, finder);
    const bdbp = found.terms.find((t) => t.written === 'BĐBP');
    expect(bdbp?.count).toBe(2);
    expect(found.codes.map((c) => c.decoded.canonical)).toEqual(['34/2014/NĐ-CP']);
    expect(found.figures.map((f) => f.text)).toEqual(expect.arrayContaining(['12', '35']));
  });

  it('decodes a code the glossary does not know', () => {
    const found = explainSelection('Theo Quyết định số 1234/QĐ-UBND ngày 5/3', finder);
    expect(found.codes[0]?.decoded).toMatchObject({ number: '1234', type: 'QĐ', issuer: 'UBND' });
    expect(found.codes[0]?.entryId).toBeUndefined();
  });

  it('hands the text to the abbreviation reader when there is one', () => {
    const found = explainSelection('Hợp tác xã (HTX) Nậm Tăm', finder, (text) =>
      text.includes('(HTX)') ? [{ short: 'HTX', long: 'Hợp tác xã' }] : [],
    );
    expect(found.abbreviations).toEqual([{ short: 'HTX', long: 'Hợp tác xã' }]);
    expect(explainSelection('HTX', finder).abbreviations).toEqual([]);
  });

  it('reads at most the first 20,000 characters', () => {
    expect(explainSelection('a'.repeat(30_000), finder).text.length).toBe(20_000);
  });
});
