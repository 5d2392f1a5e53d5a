/**
 * How much the seed article shows at each "how much to mark" level. The terms the glossary must
 * know for that article are official terms its reader needs, so the default level must mark
 * them, save the plain words of the official register listed below: those are common nouns
 * (a Party cell, a Party member), known to Vietnamese readers and marked for learners.
 */
import { describe, expect, it } from 'vitest';
import { markArticle } from '../../src/core/article-marking.ts';
import type { MarkLevel } from '../../src/core/mark-levels.ts';
import { CATEGORIES } from '../../src/core/glossary-schema.ts';
import type { Mark } from '../../src/core/marks.ts';
import { termKey } from '../../src/core/normalize.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';
import { buildTermMatcher } from '../../src/core/term-matcher.ts';
import { GLOSSARY } from '../../src/glossary/index.ts';
import { REQUIRED_TERMS } from './seed-required-terms.ts';
import { SEED_TEXT } from './seed-text.ts';

/** Required terms left to the "everything" level on purpose: common words, not names. */
const COMMON_WORDS = [
  'cấp ủy',
  'chi bộ',
  'đảng viên',
  'quần chúng ưu tú',
  'hệ thống chính trị cơ sở',
  'tổ chức chính trị xã hội',
];

/**
 * Required terms that are never a mark of their own in the seed text: HĐND is not written in
 * it, and the Central Committee of the 12th term is read inside the longer name of its 6th
 * plenum.
 */
const NOT_MARKED_ALONE = ['HĐND', 'Ban Chấp hành Trung ương Đảng khóa XII'];

const finder = buildTermMatcher(GLOSSARY);

function marksAt(level: MarkLevel): Mark[] {
  const choices = { firstOnly: false, categories: new Set(CATEGORIES), level };
  return [...markArticle(SEED_TEXT, finder, choices, 8_000)].flat();
}

function entryOf(term: string): string {
  const entry = GLOSSARY.find((e) => e.terms.some((form) => termKey(form) === termKey(term)));
  if (entry === undefined) throw new Error(`no entry for ${term}`);
  return entry.id;
}

function markedIds(marks: readonly Mark[]): Set<string> {
  return new Set(
    marks.flatMap((m) => (m.kind === 'term' ? [m.entryId] : m.kind === 'code' ? (m.entryId ?? []) : [])),
  );
}

describe('the seed article at each level', () => {
  const byDefault = markedIds(marksAt(DEFAULT_SETTINGS.markLevel));
  const everything = markedIds(marksAt('everything'));

  it.each(REQUIRED_TERMS.filter((term) => !COMMON_WORDS.includes(term) && !NOT_MARKED_ALONE.includes(term)))(
    'marks "%s" at the default level',
    (term) => {
      expect(byDefault.has(entryOf(term))).toBe(true);
    },
  );

  it.each(NOT_MARKED_ALONE)('finds no mark of its own for "%s" at any level', (term) => {
    expect(everything.has(entryOf(term))).toBe(false);
  });

  it.each(COMMON_WORDS)('marks the common word "%s" only when everything is marked', (term) => {
    expect(everything.has(entryOf(term))).toBe(true);
    expect(byDefault.has(entryOf(term))).toBe(false);
  });

  it('marks fewer at each lower level, and abbreviations and codes at every level', () => {
    const counts = (['abbreviations', 'names', 'everything'] as const).map((l) => marksAt(l).length);
    expect(counts[0]).toBeLessThan(counts[1]!);
    expect(counts[1]).toBeLessThan(counts[2]!);
    const fewest = marksAt('abbreviations');
    const texts = new Set(fewest.map((m) => m.text));
    for (const kept of ['BĐBP', 'MTTQ', 'UBND', '07-NQ/TU', '18-NQ/TW']) expect(texts.has(kept)).toBe(true);
    expect(fewest.some((m) => m.kind === 'term' && m.entryId === entryOf('Chính ủy'))).toBe(false);
  });
});
