import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codeLookupKey, decodeDocumentCode, findDocumentCodes } from '../../src/core/doc-codes.ts';
import { explainCode, issuerText } from '../../src/i18n/explain-code.ts';

function texts(text: string): string[] {
  return findDocumentCodes(text).map((c) => c.text);
}

describe('findDocumentCodes', () => {
  it.each([
    ['07-NQ/TU', 'party', 'NQ', 'TU'],
    ['18-NQ/TW', 'party', 'NQ', 'TW'],
    ['159-KL/TW', 'party', 'KL', 'TW'],
    ['822-CV/BTGTU', 'party', 'CV', 'BTGTU'],
    ['866-NQ/QUTW', 'party', 'NQ', 'QUTW'],
    ['2998-QĐ/HU', 'party', 'QĐ', 'HU'],
    ['36-HD/VPTW', 'party', 'HD', 'VPTW'],
    ['66-QĐi/TW', 'party', 'QĐi', 'TW'],
    ['34/2014/NĐ-CP', 'state', 'NĐ', 'CP'],
    ['67/2016/NQ-HĐND', 'state', 'NQ', 'HĐND'],
    ['44/2005/QĐ-UBND', 'state', 'QĐ', 'UBND'],
    ['01/CT-TTg', 'state', 'CT', 'TTg'],
    ['1670/NQ-UBTVQH15', 'state', 'NQ', 'UBTVQH15'],
    ['2307/TTr-UBND', 'state', 'TTr', 'UBND'],
    ['16/HĐBT', 'state', '', 'HĐBT'],
  ])('finds %s (%s, type %s, issuer %s) with its span only', (code, system, type, issuer) => {
    const before = 'Thực hiện Nghị quyết số ';
    const text = `${before}${code}, ngày 25/10/2017.`;
    const found = findDocumentCodes(text);
    expect(found).toHaveLength(1);
    const match = found[0]!;
    expect(match.text).toBe(code);
    expect(match.start).toBe(before.length);
    expect(text.slice(match.start, match.end)).toBe(code);
    expect(match.decoded.system).toBe(system);
    expect(match.decoded.type).toBe(type);
    expect(match.decoded.issuer).toBe(issuer);
  });

  it('finds codes with or without "số" and a type word before them', () => {
    expect(texts('Chỉ thị 01/CT-TTg')).toEqual(['01/CT-TTg']);
    expect(texts('theo 159-KL/TW')).toEqual(['159-KL/TW']);
    expect(texts('(Nghị quyết số 18-NQ/TW, ngày 25/10/2017)')).toEqual(['18-NQ/TW']);
    expect(texts('Số: 2998-QĐ/HU')).toEqual(['2998-QĐ/HU']);
  });

  it.each([
    ['19- NQ/TW', '19-NQ/TW'],
    ['19 -NQ/TW', '19-NQ/TW'],
    ['18–NQ/TW', '18-NQ/TW'],
    ['18—NQ/TW', '18-NQ/TW'],
    ['18‑NQ/TW', '18-NQ/TW'],
    ['18−NQ/TW', '18-NQ/TW'],
    ['18-NQ / TW', '18-NQ/TW'],
    ['34/2014/NĐ–CP', '34/2014/NĐ-CP'],
    ['34 / 2014 / NĐ - CP', '34/2014/NĐ-CP'],
    ['01/CT–TTg', '01/CT-TTg'],
    ['18-NQ/\u00d0U', '18-NQ/ĐU'],
  ])('tolerates stray spaces and dash variants: %s', (written, canonical) => {
    const text = `Nghị quyết ${written} của`;
    const found = findDocumentCodes(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toBe(written);
    expect(found[0]!.decoded.canonical).toBe(canonical);
  });

  it.each([
    ['a date', 'ngày 25/10/2017'],
    ['a short date', 'ngày 3/3'],
    ['a ratio', 'cho 22/23 xã biên giới'],
    ['a pair', '84 tổ/498 thành viên'],
    ['a period', 'giai đoạn 2015-2020'],
    ['a spaced period', 'nhiệm kỳ 2015 - 2020'],
    ['a fraction', '1/2 số hộ'],
    ['a decimal', '265,165 km'],
    ['a phone number', 'Hotline: (02133) 878 436'],
    ['a phone number with dashes', 'gọi 0213-3878-436'],
    ['a URL', 'https://baolaichau.vn/chinh-tri/18-NQ/TW'],
    ['a bare-domain URL', 'baolaichau.vn/18-NQ/TW'],
    ['a code glued to letters', 'ABC18-NQ/TW'],
    ['a code glued to a longer word', '18-NQ/TWxyz'],
    ['an ordinal', 'khóa XII, lần thứ XIII'],
    ['a model number', 'COVID-19/ABC'],
    ['words in lower case', '18-nq/tw'],
    ['a capitalised word', '12-Ta/Tb'],
    ['an unknown issuer without type', '12/ABC'],
    ['an unknown issuer with a year and no type', '12/2020/ABC'],
  ])('does not take %s for a code', (_label, text) => {
    expect(findDocumentCodes(text)).toEqual([]);
  });

  it('never finds a code in numbers joined by slashes, dashes, dots, commas or spaces', () => {
    const number = fc.integer({ min: 0, max: 99999 }).map(String);
    const joiner = fc.constantFrom('/', '-', '–', '.', ',', ' ', ' - ', ' / ', ') ', '(');
    const numeric = fc
      .tuple(number, fc.array(fc.tuple(joiner, number), { maxLength: 4 }))
      .map(([first, rest]) => first + rest.map(([j, n]) => j + n).join(''));
    fc.assert(
      fc.property(
        numeric,
        fc.constantFrom('', 'ngày ', 'Hotline: (', 'tỷ lệ ', 'giai đoạn '),
        (body, lead) => {
          expect(findDocumentCodes(`${lead}${body} xã`)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports offsets into decomposed original text', () => {
    const lead = 'Nghị quyết số '.normalize('NFD');
    const text = `${lead}18\u2013NQ/TW ngày`;
    const [match] = findDocumentCodes(text);
    expect(match?.start).toBe(lead.length);
    expect(match?.text).toBe('18\u2013NQ/TW');
  });

  it('finds several codes in text order', () => {
    const text = 'Nghị quyết 18-NQ/TW và 19-NQ/TW; Nghị định 34/2014/NĐ-CP; 1617/HD-CT.';
    expect(texts(text)).toEqual(['18-NQ/TW', '19-NQ/TW', '34/2014/NĐ-CP', '1617/HD-CT']);
  });

  it('asks `known` with the canonical form and records the entry id', () => {
    const asked: string[] = [];
    const found = findDocumentCodes('19- NQ/TW và 07-NQ/TU', (canonical) => {
      asked.push(canonical);
      return canonical === '19-NQ/TW' ? 'nq-19' : undefined;
    });
    expect(asked).toEqual(['19-NQ/TW', '07-NQ/TU']);
    expect(found[0]!.entryId).toBe('nq-19');
    expect(found[1]!.entryId).toBeUndefined();
  });
});

describe('decodeDocumentCode', () => {
  it('decodes a Party code with names', () => {
    const d = decodeDocumentCode('18-NQ/TW');
    expect(d).toMatchObject({
      system: 'party',
      number: '18',
      type: 'NQ',
      issuer: 'TW',
      canonical: '18-NQ/TW',
    });
    expect(d?.typeName?.vi).toBe('Nghị quyết');
    expect(d?.issuerName?.vi).toMatch(/Trung ương/);
    expect(d?.year).toBeUndefined();
  });

  it('decodes a State code with year', () => {
    const d = decodeDocumentCode('34/2014/NĐ-CP');
    expect(d).toMatchObject({ system: 'state', number: '34', year: 2014, type: 'NĐ', issuer: 'CP' });
    expect(d?.typeName?.en).toBe('Decree');
    expect(d?.issuerName?.en).toBe('Government');
  });

  it('reads CT by position: a type before the separator, an issuer after it', () => {
    const directive = decodeDocumentCode('01/CT-TTg');
    expect(directive?.typeName?.vi).toBe('Chỉ thị');
    const army = decodeDocumentCode('1617/HD-CT');
    expect(army?.type).toBe('HD');
    expect(army?.typeName?.vi).toBe('Hướng dẫn');
    expect(army?.issuer).toBe('CT');
    expect(army?.issuerName?.vi).toMatch(/Tổng cục Chính trị/);
  });

  it('names a legislature with its term number', () => {
    const d = decodeDocumentCode('1670/NQ-UBTVQH15');
    expect(d?.issuerName?.vi).toBe('Ủy ban Thường vụ Quốc hội khóa 15');
    expect(d?.issuerName?.en).toMatch(/15th/);
    expect(decodeDocumentCode('55/2014/QH13')?.issuerName?.vi).toBe('Quốc hội khóa 13');
  });

  it('names joint issuers only when every part is known', () => {
    const joint = decodeDocumentCode('03/2016/TTLT-BNV-BTC');
    expect(joint?.issuerParts?.map((n) => n.vi)).toEqual(['Bộ Nội vụ', 'Bộ Tài chính']);
    expect(joint && issuerText(joint, 'vi')).toBe('Bộ Nội vụ và Bộ Tài chính');
    const half = decodeDocumentCode('03/2016/TTLT-BNV-XYZ');
    expect(half?.issuerName).toBeUndefined();
    expect(half?.issuerParts).toBeUndefined();
    expect(half && issuerText(half, 'en')).toBeUndefined();
  });

  it('leaves an unknown type or issuer without a name', () => {
    const unknownType = decodeDocumentCode('12-XY/TU');
    expect(unknownType?.type).toBe('XY');
    expect(unknownType?.typeName).toBeUndefined();
    expect(unknownType?.issuerName?.vi).toBe('Tỉnh ủy');
    const unknownIssuer = decodeDocumentCode('12-NQ/XYZ');
    expect(unknownIssuer?.issuerName).toBeUndefined();
    expect(unknownIssuer?.typeName?.vi).toBe('Nghị quyết');
    // A State issuer in a Party position is not guessed either.
    expect(decodeDocumentCode('12-NQ/CP')?.issuerName).toBeUndefined();
  });

  it('rejects what is not a code', () => {
    for (const s of ['25/10/2017', '22/23', '2015-2020', '18-NQ/TW abc', '', 'NQ/TW']) {
      expect(decodeDocumentCode(s)).toBeUndefined();
    }
  });

  it('tidies dash variants and spaces into the canonical form', () => {
    expect(decodeDocumentCode(' 19 – NQ/TW ')?.canonical).toBe('19-NQ/TW');
  });
});

describe('explainCode', () => {
  it('explains a known code in both languages', () => {
    const d = decodeDocumentCode('18-NQ/TW')!;
    expect(explainCode(d, 'vi')).toBe(
      'Nghị quyết số 18 của Trung ương Đảng (Ban Chấp hành Trung ương, Bộ Chính trị hoặc Ban Bí thư).',
    );
    expect(explainCode(d, 'en')).toBe(
      'Resolution No. 18 of the Party Centre (the Central Committee, the Politburo or the Secretariat).',
    );
  });

  it('mentions the year of a State code', () => {
    const d = decodeDocumentCode('34/2014/NĐ-CP')!;
    expect(explainCode(d, 'vi')).toBe('Nghị định số 34 năm 2014 của Chính phủ.');
    expect(explainCode(d, 'en')).toBe('Decree No. 34 (2014) of the Government.');
  });

  it('says plainly which part is unknown', () => {
    const d = decodeDocumentCode('12-XY/ZZ')!;
    const vi = explainCode(d, 'vi');
    expect(vi).toContain('“XY”');
    expect(vi).toContain('“ZZ”');
    expect(vi).toMatch(/không rõ/);
    const en = explainCode(d, 'en');
    expect(en).toMatch(/not known/);
    expect(en).toContain('“ZZ”');
  });
});

describe('the names of types and issuers', () => {
  it('reads QC as Quy chế (regulations) and PA as a plan or proposal', () => {
    expect(decodeDocumentCode('05-QC/TU')?.typeName).toEqual({ vi: 'Quy chế', en: 'Regulations' });
    const plan = decodeDocumentCode('12/PA-UBND')!;
    expect(plan.typeName?.vi).toBe('Phương án');
    expect(explainCode(plan, 'en')).toBe('Plan or proposal No. 12 of the People’s Committee.');
  });

  it('reads QĐ in a Party code as a decision or a regulation, in a State code as a decision', () => {
    // The Party writes its regulations QĐ too (294-QĐ/TW of 2025 is a Quy định).
    const party = decodeDocumentCode('294-QĐ/TW')!;
    expect(party.typeName?.vi).toBe('Quyết định hoặc Quy định');
    expect(explainCode(party, 'en')).toMatch(/^Decision or regulation No\. 294 of the Party Centre/);
    expect(decodeDocumentCode('66-QĐi/TW')?.typeName?.vi).toBe('Quy định');
    expect(decodeDocumentCode('44/2005/QĐ-UBND')?.typeName?.vi).toBe('Quyết định');
    expect(decodeDocumentCode('1378/QĐ-CT')?.typeName?.en).toBe('Decision');
  });

  it('does not assert one reading of CT as an issuer: army politics or, from 2025, tax', () => {
    for (const code of ['1617/HD-CT', '1378/QĐ-CT']) {
      const d = decodeDocumentCode(code)!;
      expect(d.issuerName?.vi).toMatch(/Tổng cục Chính trị.* hoặc Cục Thuế/);
      expect(explainCode(d, 'en')).toMatch(/General Department of Politics .* or the Tax Department/);
    }
  });

  it('reads a code with a year and no type letters from the legislature as its kinds of act', () => {
    const law = decodeDocumentCode('55/2014/QH13')!;
    expect(explainCode(law, 'vi')).toBe('Luật hoặc nghị quyết số 55 năm 2014 của Quốc hội khóa 13.');
    expect(explainCode(decodeDocumentCode('80/2025/QH15')!, 'en')).toBe(
      'Law or resolution No. 80 (2025) of the National Assembly (15th legislature).',
    );
    expect(decodeDocumentCode('35/2023/UBTVQH15')?.typeName?.en).toBe('Ordinance or resolution');
    // Without a year it is not said to be a law.
    expect(decodeDocumentCode('16/HĐBT')?.typeName).toBeUndefined();
  });

  it.each([
    ['27-HD/BTGDVTW', 'Ban Tuyên giáo và Dân vận Trung ương'],
    ['15-HD/BTGDVTU', 'Ban Tuyên giáo và Dân vận Tỉnh ủy'],
    ['03-NQ/BCSĐ', 'Ban cán sự đảng'],
    ['12-NQ/ĐĐ', 'Đảng đoàn'],
    ['45-KH/ĐUK', 'Đảng ủy Khối'],
    ['120/QĐ-BNNMT', 'Bộ Nông nghiệp và Môi trường'],
    ['88/KH-BDTTG', 'Bộ Dân tộc và Tôn giáo'],
    ['41/NQ-HĐBCQG', 'Hội đồng Bầu cử quốc gia'],
    ['25/BC-ĐĐBQH', 'Đoàn đại biểu Quốc hội'],
  ])('knows the issuer of %s (%s)', (code, name) => {
    expect(decodeDocumentCode(code)?.issuerName?.vi.startsWith(name)).toBe(true);
  });

  it('says ĐĐ in a State code may be either a delegation or a Party caucus', () => {
    expect(decodeDocumentCode('07/BC-ĐĐ')?.issuerName?.vi).toMatch(/Đoàn đại biểu.*hoặc Đảng đoàn/);
  });

  it('says what became of bodies dissolved or merged in 2025', () => {
    const ethnic = decodeDocumentCode('12/2014/TT-UBDT')!;
    expect(ethnic.issuerName?.vi).toMatch(/^Ủy ban Dân tộc \(giải thể năm 2025/);
    expect(explainCode(ethnic, 'en')).toMatch(
      /Committee for Ethnic Minority Affairs \(dissolved in 2025, .*Ministry of Ethnic and Religious Affairs\)/,
    );
    expect(decodeDocumentCode('822-CV/BTGTU')?.issuerName?.en).toMatch(/merged .* in 2025/);
    expect(decodeDocumentCode('05/2020/TT-BTNMT')?.issuerName?.vi).toMatch(/Bộ Nông nghiệp và Môi trường/);
  });
});

describe('codeLookupKey', () => {
  it('ignores leading zeros, spaces and dash variants', () => {
    expect(codeLookupKey('07-NQ/TU')).toBe(codeLookupKey('7-NQ/TU'));
    expect(codeLookupKey('07 – NQ/TU')).toBe(codeLookupKey('7-NQ/TU'));
    expect(codeLookupKey('07-NQ/TU')).not.toBe(codeLookupKey('07-NQ/TW'));
  });
});
