import { SEED_TEXT } from './seed-text.ts';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../src/core/glossary-schema.ts';
import { analyzeText } from '../../src/core/analyze-text.ts';
import { buildTermMatcher } from '../../src/core/term-matcher.ts';
import { codeLookupKey } from '../../src/core/doc-codes.ts';
import { termKey } from '../../src/core/normalize.ts';

function entry(id: string, terms: string[], code?: string): GlossaryEntry {
  const e: GlossaryEntry = {
    id,
    terms,
    category: code === undefined ? 'army-border-guard' : 'party-document',
    vi: { short: id, long: id },
    en: { short: id, long: id },
    sources: [],
    verified: true,
    level: 'name',
    checked: '2026-12-01',
  };
  if (code !== undefined) e.code = code;
  return e;
}

const GLOSSARY = [
  entry('bdbp', ['BĐBP', 'Bộ đội Biên phòng']),
  entry('bch-bdbp-tinh', ['Bộ Chỉ huy BĐBP tỉnh', 'Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh']),
  entry('nq', ['NQ']),
  entry('tw', ['TW']),
  entry('nghi-quyet', ['Nghị quyết']),
  entry('nq-18-tw', ['Nghị quyết 18'], '18-NQ/TW'),
  entry('nq-07-tu', ['Nghị quyết 07 của Tỉnh ủy'], '7-NQ/TU'),
  entry('hdnd', ['HĐND']),
  entry('dai-ta', ['Đại tá']),
  entry('chinh-uy', ['Chính ủy']),
  entry('pv', ['P.V']),
  entry('blc', ['BLC']),
];

describe('analyzeText', () => {
  const matcher = buildTermMatcher(GLOSSARY);

  it('lets a code win over terms inside it', () => {
    const text = 'Nghị quyết số 18-NQ/TW của TW';
    const { terms, codes } = analyzeText(text, matcher);
    expect(codes.map((c) => c.text)).toEqual(['18-NQ/TW']);
    expect(terms.map((t) => t.text)).toEqual(['Nghị quyết', 'TW']);
    expect(terms[1]!.start).toBe(text.lastIndexOf('TW'));
  });

  it('drops a term that only partly overlaps a code', () => {
    const text = '67/2016/NQ-HĐND tỉnh';
    const { terms, codes } = analyzeText(text, matcher);
    expect(codes).toHaveLength(1);
    expect(terms).toEqual([]);
  });

  it('gives a code known to the glossary its entry id, whatever its spelling', () => {
    const { codes } = analyzeText('18–NQ/TW; 07-NQ/TU; 19-NQ/TW', matcher);
    expect(codes.map((c) => c.entryId)).toEqual(['nq-18-tw', 'nq-07-tu', undefined]);
  });

  it('returns offsets into the original text', () => {
    const text = ('Đại tá ' + 'Chính uỷ').normalize('NFD') + ' (Nghị quyết 18\u2011NQ/TW)';
    const { terms, codes } = analyzeText(text, matcher);
    for (const m of [...terms, ...codes]) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(terms.map((t) => t.id)).toEqual(['dai-ta', 'chinh-uy', 'nghi-quyet']);
    expect(codes[0]!.text).toBe('18\u2011NQ/TW');
  });

  it('analyses the seed article: expected terms and codes, nothing spurious', () => {
    const article = SEED_TEXT;
    const { terms, codes } = analyzeText(article, matcher);
    const ids = new Set(terms.map((t) => t.id));
    for (const id of ['bdbp', 'bch-bdbp-tinh', 'dai-ta', 'chinh-uy', 'pv', 'blc']) expect(ids).toContain(id);
    for (const m of [...terms, ...codes]) expect(article.slice(m.start, m.end)).toBe(m.text);
    expect(codes.map((c) => c.decoded.canonical)).toEqual(['07-NQ/TU', '18-NQ/TW']);
    expect(codes.map((c) => c.entryId)).toEqual(['nq-07-tu', 'nq-18-tw']);
    // "Bộ Chỉ huy BĐBP tỉnh" is one match, never "BĐBP" inside it.
    const first = article.indexOf('Bộ Chỉ huy BĐBP tỉnh');
    expect(terms.find((t) => t.start === first)?.id).toBe('bch-bdbp-tinh');
    expect(terms.some((t) => t.start === first + 'Bộ Chỉ huy '.length)).toBe(false);
  });
});

describe('entryForCode', () => {
  it('finds entries by canonical code, ignoring leading zeros and dash variants', () => {
    const finder = buildTermMatcher(GLOSSARY);
    const known = (code: string): string | undefined => finder.entryForCode(code);
    expect(known('18-NQ/TW')).toBe('nq-18-tw');
    expect(known('07-NQ/TU')).toBe('nq-07-tu');
    expect(known('18-NQ/TU')).toBeUndefined();
  });
});

describe('analyzeText with the real glossary over the seed article', () => {
  it('finds the article’s terms and codes, with exact offsets and nothing spurious', async () => {
    const { GLOSSARY: real } = (await import('../../src/glossary/index.ts')) as {
      GLOSSARY: readonly GlossaryEntry[];
    };
    const article = SEED_TEXT;
    const { terms, codes } = analyzeText(article, buildTermMatcher(real));

    // Find the ids by their written forms, whatever the glossary's authors named them.
    const idOf = (form: string): string | undefined =>
      real.find((e) => e.terms.some((t) => termKey(t) === termKey(form)))?.id;
    const found = new Set(terms.map((t) => t.id));
    const bdbp = idOf('BĐBP');
    expect(bdbp).toBeDefined();
    expect(found).toContain(bdbp);
    const command = idOf('Bộ Chỉ huy BĐBP tỉnh');
    expect(command).toBeDefined();
    const first = article.indexOf('Bộ Chỉ huy BĐBP tỉnh về');
    expect(terms.find((t) => t.start === first)?.id).toBe(command);
    for (const form of ['Đại tá', 'Chính ủy', 'UBND', 'MTTQ', 'P.V']) {
      const id = idOf(form);
      if (id !== undefined) expect(found).toContain(id);
    }

    for (const m of [...terms, ...codes]) expect(article.slice(m.start, m.end)).toBe(m.text);
    for (let i = 1; i < terms.length; i++) expect(terms[i]!.start).toBeGreaterThanOrEqual(terms[i - 1]!.end);

    expect(codes.map((c) => c.decoded.canonical)).toEqual(['07-NQ/TU', '18-NQ/TW']);
    for (const c of codes) {
      const entry = real.find(
        (e) => e.code !== undefined && codeLookupKey(e.code) === codeLookupKey(c.decoded.canonical),
      );
      expect(c.entryId).toBe(entry?.id);
    }
    for (const notCode of ['25/10/2017', '22/23', '2015-2020', '2016-2020']) {
      const at = article.indexOf(notCode);
      expect(at).toBeGreaterThan(0);
      expect(codes.some((c) => c.start < at + notCode.length && at < c.end)).toBe(false);
    }
  });
});
