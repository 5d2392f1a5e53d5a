/**
 * Run-time validation of the glossary data files, whatever files are present: every entry
 * against the schema (src/core/glossary-schema.ts) as raw JSON, then the rules the schema
 * cannot see (its file, its sources, its dates) and the rules between entries. The last part
 * proves that every rule can fire, so that none of them passes vacuously.
 */

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { entryIssues, GlossaryEntrySchema, type GlossaryEntry } from '../../src/core/glossary-schema.ts';
import { codeLookupKey } from '../../src/core/doc-codes.ts';
import { termKey } from '../../src/core/normalize.ts';
import { readGlossaryFiles } from '../../src/cli/load-glossary.ts';
import { isoToday } from '../../src/cli/stale-entries.ts';
import { GLOSSARY, GLOSSARY_BY_ID } from '../../src/glossary/index.ts';
import {
  danglingRelated,
  duplicateCodes,
  duplicateIds,
  entryRuleProblems,
  sharedForms,
  UNVERIFIED_MARKER,
} from './glossary-rules.ts';
import { REQUIRED_TERMS } from './seed-required-terms.ts';

/** The glossary had this many entries when the rule was last raised; it only grows. */
const MINIMUM_ENTRIES = 212;
const TODAY = isoToday();

/** Document codes the first acceptance article cites and the glossary must explain. */
const REQUIRED_CODES = ['07-NQ/TU', '18-NQ/TW'] as const;

/** Every raw entry with the file it came from; read as JSON, so nothing is taken from a type. */
const RAW = readGlossaryFiles().flatMap((file) =>
  Array.isArray(file.data) ? file.data.map((raw: unknown) => ({ raw, file: file.name })) : [],
);
/** The entries that pass the schema, for the rules that need their fields. */
const PARSED = RAW.flatMap(({ raw, file }) => {
  const result = v.safeParse(GlossaryEntrySchema, raw);
  return result.success ? [{ entry: result.output, file }] : [];
});
const ENTRIES = PARSED.map(({ entry }) => entry);

const idOf = (raw: unknown): string =>
  typeof raw === 'object' && raw !== null ? String((raw as { id?: unknown }).id) : '?';

describe('glossary files', () => {
  it('holds an array in every file', () => {
    const notArrays = readGlossaryFiles()
      .filter((f) => !Array.isArray(f.data))
      .map((f) => f.name);
    expect(notArrays).toEqual([]);
  });

  it('exports every entry once, in GLOSSARY and by id', () => {
    expect(GLOSSARY.length).toBe(RAW.length);
    expect(GLOSSARY_BY_ID.size).toBe(GLOSSARY.length);
  });

  it(`has at least ${MINIMUM_ENTRIES} entries`, () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(MINIMUM_ENTRIES);
  });
});

describe('glossary entries', () => {
  it('each entry passes the schema', () => {
    const problems = RAW.flatMap(({ raw, file }) =>
      entryIssues(raw).map((p) => `${file} ${idOf(raw)}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('each entry keeps the rules of its file, its sources and its dates', () => {
    const problems = PARSED.flatMap(({ entry, file }) =>
      entryRuleProblems(entry, file, TODAY).map((p) => `${file} ${entry.id}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('ids are unique', () => {
    expect(duplicateIds(ENTRIES)).toEqual([]);
  });

  it('no two entries share a written form, even after normalization', () => {
    expect(sharedForms(ENTRIES)).toEqual([]);
  });

  it('related ids name existing entries', () => {
    expect(danglingRelated(ENTRIES)).toEqual([]);
  });

  it('document codes are unique (as looked up)', () => {
    expect(duplicateCodes(ENTRIES)).toEqual([]);
  });
});

describe('coverage of the first acceptance article', () => {
  const keys = new Set(GLOSSARY.flatMap((entry) => entry.terms.map(termKey)));

  it.each(REQUIRED_TERMS)('knows the term "%s"', (term) => {
    expect(keys.has(termKey(term))).toBe(true);
  });

  it.each(REQUIRED_CODES)('explains the document %s', (code) => {
    const key = codeLookupKey(code);
    expect(GLOSSARY.some((entry) => entry.code !== undefined && codeLookupKey(entry.code) === key)).toBe(
      true,
    );
  });
});

describe('the rules themselves', () => {
  // The checks above pass vacuously if they never fire; these make sure they can.
  const found = PARSED.find(({ entry }) => entry.category === 'party-document' && entry.code !== undefined);
  if (found === undefined) throw new Error('no party document with a code to test the rules on');
  const valid: GlossaryEntry = found.entry;
  const file = found.file;
  const source = (url: string, seen = '2026-01-10') => ({ name: 'Nguồn', url, seen });
  // A verified, plainly dated copy, so that each case below changes one thing.
  const base: GlossaryEntry = {
    ...valid,
    verified: true,
    vi: { short: valid.vi.short, long: 'Một nghị quyết của Đảng về tổ chức bộ máy.' },
    en: { short: valid.en.short, long: 'A Party resolution on the organisation of the system.' },
    sources: [source('https://nhandan.vn/bai-viet-post1.html')],
    checked: '2026-05-01',
  };
  const rules = (change: Partial<GlossaryEntry>, inFile = file): string =>
    entryRuleProblems({ ...base, ...change }, inFile, '2026-06-01').join('\n');

  it('accepts a real entry, and the copy the cases below start from', () => {
    expect(entryIssues(valid)).toEqual([]);
    expect(entryRuleProblems(valid, file, TODAY)).toEqual([]);
    expect(rules({})).toBe('');
  });

  it('the schema rejects bad ids, long or multi-line shorts, markup, bad URLs and dates, and unknown fields', () => {
    const broken = {
      ...valid,
      id: 'Not Kebab',
      vi: { short: 'x'.repeat(161), long: 'có <b>thẻ</b>' },
      en: { short: 'one\ntwo', long: 'text' },
      sources: [{ name: 'n', url: 'ftp://example.org/x', seen: '2026-02-30' }],
      level: 'jargon',
      colour: 'red',
    };
    const issues = entryIssues(broken).join('\n');
    for (const re of [
      /kebab-case/,
      /longer than 160/,
      /not one line/,
      /markup/,
      /http\(s\) URL/,
      /ISO date/,
      /level/,
      /colour/,
    ])
      expect(issues).toMatch(re);
    expect(entryIssues({ ...valid, checked: undefined }).join('\n')).toMatch(/checked/);
  });

  it('rejects an entry in the wrong file, repeated terms and a text without diacritics', () => {
    expect(rules({}, 'state-body.json')).toMatch(/does not live in state-body\.json/);
    expect(rules({ terms: ['Nghị quyết A', 'Nghị quyết A'.normalize('NFD')] })).toMatch(/repeated/);
    expect(rules({ vi: { short: valid.vi.short, long: 'Khong dau.' } })).toMatch(/diacritics/);
  });

  it('rejects silent unverified entries and verified entries that carry the marker', () => {
    expect(rules({ verified: false })).toMatch(/unverified entry must say so/);
    const marked = {
      vi: { ...valid.vi, long: `Điều này ${UNVERIFIED_MARKER.vi}.` },
      en: { ...valid.en, long: `This is ${UNVERIFIED_MARKER.en}.` },
    };
    expect(rules({ ...marked, verified: false })).not.toMatch(/unverified|marker/);
    expect(rules({ ...marked, verified: true })).toMatch(/carries the unverified marker/);
  });

  it('rejects related ids naming the entry or repeated, and codes that do not decode, are not canonical or sit in the wrong category', () => {
    expect(rules({ related: [valid.id] })).toMatch(/names the entry itself/);
    expect(rules({ related: ['a', 'a'] })).toMatch(/repeats an id/);
    expect(rules({ code: '18/NQ-TW-x' })).toMatch(/does not decode/);
    expect(rules({ code: '18 - NQ/TW' })).toMatch(/not in canonical form \(18-NQ\/TW\)/);
    expect(rules({ code: '34/2014/NĐ-CP' })).toMatch(/belongs in state-document/);
  });

  it('rejects refused sources and Wikipedia as the only source', () => {
    expect(rules({ sources: [source('https://123docz.net/document/1-dieu-le.htm')] })).toMatch(/refused/);
    expect(rules({ sources: [source('https://baolaocai.vn/tu-khoa/can-bo-tag1.html')] })).toMatch(/refused/);
    const wiki = source('https://vi.wikipedia.org/wiki/Ngh%E1%BB%8B_quy%E1%BA%BFt');
    expect(rules({ sources: [wiki] })).toMatch(/its only source is wikipedia\.org/);
    expect(rules({ sources: [wiki, source('https://nhandan.vn/nghi-quyet-so-18-post1.html')] })).toBe('');
  });

  it('rejects a checked date in the future or before a source was seen', () => {
    const sources = [source('https://nhandan.vn/bai-viet-post1.html', '2026-03-01')];
    expect(rules({ sources, checked: '2026-06-02' })).toMatch(/in the future/);
    expect(rules({ sources, checked: '2026-02-28' })).toMatch(/before a source was seen/);
    expect(rules({ sources, checked: '2026-03-01' })).toBe('');
  });

  it('finds repeated ids, shared written forms, dangling related ids and repeated codes', () => {
    // The same headword in decomposed Unicode (as some pages send it) is the same written form.
    const twin = { ...valid, terms: [(valid.terms[0] ?? '').normalize('NFD')] };
    expect(duplicateIds([valid, { ...valid }])).toEqual([valid.id]);
    expect(sharedForms([valid, { ...twin, id: 'twin' }])).toHaveLength(1);
    expect(sharedForms([valid, { ...valid, id: 'other', terms: ['chữ khác hẳn'] }])).toEqual([]);
    expect(danglingRelated([{ ...valid, related: ['no-such-entry'] }])).toEqual([
      `${valid.id} -> no-such-entry`,
    ]);
    expect(duplicateCodes([valid, { ...twin, id: 'twin', terms: ['x'] }])).toHaveLength(1);
  });
});
