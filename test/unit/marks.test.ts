import { describe, expect, it } from 'vitest';
import type { CodeMatch, DecodedCode, TermMatch } from '../../src/core/analysis-types.ts';
import type { Category, GlossaryEntry } from '../../src/core/glossary-schema.ts';
import { CATEGORIES } from '../../src/core/glossary-schema.ts';
import { buildMarks, countMarks, markAt, markKey, stepMark } from '../../src/core/marks.ts';
import type { Mark } from '../../src/core/marks.ts';

function entry(id: string, category: Category): GlossaryEntry {
  return {
    id,
    terms: [id],
    category,
    vi: { short: id, long: id },
    en: { short: id, long: id },
    sources: [],
    verified: true,
    level: 'name',
    checked: '2026-12-01',
  };
}

const BY_ID = new Map<string, GlossaryEntry>(
  [
    entry('bdbp', 'army-border-guard'),
    entry('ubnd', 'state-body'),
    entry('tinh-uy', 'party-body'),
    entry('xa', 'administrative-unit'),
  ].map((e) => [e.id, e]),
);
const CATEGORY_OF = (id: string): GlossaryEntry['category'] | undefined => BY_ID.get(id)?.category;

function term(id: string, start: number, length = 4): TermMatch {
  return { id, start, end: start + length, text: 'x'.repeat(length) };
}

function code(system: 'party' | 'state', canonical: string, start: number): CodeMatch {
  const decoded: DecodedCode = { system, number: '1', type: 'NQ', issuer: 'TW', canonical };
  return { start, end: start + canonical.length, text: canonical, decoded };
}

const ALL = new Set<Category>(CATEGORIES);

// A small article: terms and codes interleaved, listed out of reading order on purpose
// (the two finders report separately).
const FOUND = {
  terms: [
    term('bdbp', 0),
    term('ubnd', 10),
    term('bdbp', 40),
    term('tinh-uy', 60),
    term('unknown-id', 80),
    term('xa', 90, 2),
  ],
  codes: [code('party', '18-NQ/TW', 20), code('state', '34/2014/NĐ-CP', 100), code('party', '18-NQ/TW', 120)],
};

function starts(marks: readonly Mark[]): number[] {
  return marks.map((m) => m.start);
}

describe('buildMarks', () => {
  it('merges terms and codes in reading order and drops terms the glossary does not know', () => {
    const marks = buildMarks(FOUND, CATEGORY_OF, { firstOnly: false, categories: ALL });
    expect(starts(marks)).toEqual([0, 10, 20, 40, 60, 90, 100, 120]);
    expect(marks.map((m) => m.kind)).toEqual([
      'term',
      'term',
      'code',
      'term',
      'term',
      'term',
      'code',
      'code',
    ]);
    const first = marks[0]!;
    expect(first.kind === 'term' && first.entryId).toBe('bdbp');
    const third = marks[2]!;
    expect(third.kind === 'code' && third.canonical).toBe(FOUND.codes[0]?.decoded.canonical);
  });

  it('marks only the chosen categories', () => {
    const marks = buildMarks(FOUND, CATEGORY_OF, {
      firstOnly: false,
      categories: new Set<Category>(['army-border-guard', 'administrative-unit']),
    });
    expect(marks.map((m) => (m.kind === 'term' ? m.entryId : m.kind))).toEqual(['bdbp', 'bdbp', 'xa']);
    expect(buildMarks(FOUND, CATEGORY_OF, { firstOnly: false, categories: new Set() })).toEqual([]);
  });

  it('marks party codes with party documents and state codes with state documents', () => {
    const party = buildMarks(FOUND, CATEGORY_OF, {
      firstOnly: false,
      categories: new Set<Category>(['party-document']),
    });
    expect(party.map((m) => m.text)).toEqual(['18-NQ/TW', '18-NQ/TW']);
    const state = buildMarks(FOUND, CATEGORY_OF, {
      firstOnly: false,
      categories: new Set<Category>(['state-document']),
    });
    expect(state.map((m) => m.text)).toEqual(['34/2014/NĐ-CP']);
    // A body category does not bring codes with it.
    const bodies = buildMarks(FOUND, CATEGORY_OF, {
      firstOnly: false,
      categories: new Set<Category>(['party-body', 'state-body']),
    });
    expect(bodies.every((m) => m.kind === 'term')).toBe(true);
  });

  it('keeps only the first occurrence of each entry and each canonical code when asked', () => {
    const marks = buildMarks(FOUND, CATEGORY_OF, { firstOnly: true, categories: ALL });
    expect(starts(marks)).toEqual([0, 10, 20, 60, 90, 100]);
    expect(new Set(marks.map(markKey)).size).toBe(marks.length);
  });

  it('treats two spellings of one canonical code as the same code', () => {
    const found = {
      terms: [],
      codes: [code('party', '18-NQ/TW', 0), { ...code('party', '18-NQ/TW', 30), text: '18- NQ/TW' }],
    };
    expect(buildMarks(found, CATEGORY_OF, { firstOnly: true, categories: ALL })).toHaveLength(1);
    expect(buildMarks(found, CATEGORY_OF, { firstOnly: false, categories: ALL })).toHaveLength(2);
  });
});

describe('markAt', () => {
  const marks = buildMarks(FOUND, CATEGORY_OF, { firstOnly: false, categories: ALL });

  it('finds the mark covering an offset: start inclusive, end exclusive', () => {
    expect(markAt(marks, 0)?.start).toBe(0);
    expect(markAt(marks, 3)?.start).toBe(0);
    expect(markAt(marks, 4)).toBeUndefined();
    expect(markAt(marks, 9)).toBeUndefined();
    expect(markAt(marks, 10)?.start).toBe(10);
    expect(markAt(marks, 20)?.kind).toBe('code');
    expect(markAt(marks, 27)?.kind).toBe('code');
    expect(markAt(marks, 28)).toBeUndefined();
    expect(markAt(marks, 91)?.start).toBe(90);
    expect(markAt(marks, 92)).toBeUndefined();
  });

  it('finds nothing before the first mark, after the last, or in an empty list', () => {
    expect(markAt(marks, -1)).toBeUndefined();
    expect(markAt(marks, 10_000)).toBeUndefined();
    expect(markAt([], 0)).toBeUndefined();
  });

  it('agrees with a linear search at every offset', () => {
    for (let offset = -2; offset < 140; offset++) {
      const expected = marks.find((m) => m.start <= offset && offset < m.end);
      expect(markAt(marks, offset), `offset ${offset}`).toBe(expected);
    }
  });
});

describe('stepMark', () => {
  const marks = buildMarks(FOUND, CATEGORY_OF, { firstOnly: false, categories: ALL });
  const first = marks[0]!;
  const last = marks[marks.length - 1]!;

  it('starts at the first mark going forward and at the last going back', () => {
    expect(stepMark(marks, undefined, 1)).toBe(first);
    expect(stepMark(marks, undefined, -1)).toBe(last);
  });

  it('walks every mark in order and wraps around both ways', () => {
    let at: Mark | undefined;
    const forward: number[] = [];
    for (let k = 0; k < marks.length + 2; k++) {
      at = stepMark(marks, at, 1);
      forward.push(at!.start);
    }
    expect(forward).toEqual([...starts(marks), first.start, marks[1]!.start]);
    expect(stepMark(marks, last, 1)).toBe(first);
    expect(stepMark(marks, first, -1)).toBe(last);
    const back: number[] = [];
    at = undefined;
    for (let k = 0; k < marks.length; k++) {
      at = stepMark(marks, at, -1);
      back.push(at!.start);
    }
    expect(back).toEqual(starts(marks).reverse());
  });

  it('steps from a mark no longer in the list to its neighbours by position', () => {
    // E.g. the list was rebuilt with other categories while a mark was focused.
    const gone: Mark = { kind: 'term', start: 50, end: 54, text: 'xxxx', entryId: 'old' };
    expect(stepMark(marks, gone, 1)?.start).toBe(60);
    expect(stepMark(marks, gone, -1)?.start).toBe(40);
  });

  it('gives nothing in an empty list', () => {
    expect(stepMark([], undefined, 1)).toBeUndefined();
    expect(stepMark([], first, -1)).toBeUndefined();
  });

  it('stays on a single mark', () => {
    expect(stepMark([first], first, 1)).toBe(first);
    expect(stepMark([first], first, -1)).toBe(first);
  });
});

describe('countMarks', () => {
  it('counts each entry and canonical code once, in order of first occurrence', () => {
    const marks = buildMarks(FOUND, CATEGORY_OF, { firstOnly: false, categories: ALL });
    const counts = countMarks(marks);
    expect(counts.map((c) => [c.key, c.count])).toEqual([
      ['term:bdbp', 2],
      ['term:ubnd', 1],
      ['code:18-NQ/TW', 2],
      ['term:tinh-uy', 1],
      ['term:xa', 1],
      ['code:34/2014/NĐ-CP', 1],
    ]);
    // The mark kept is the first occurrence, so the popup can reveal it.
    expect(counts[0]!.mark.start).toBe(0);
    expect(counts[2]!.mark.start).toBe(20);
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(marks.length);
  });

  it('gives nothing for no marks', () => {
    expect(countMarks([])).toEqual([]);
  });
});
