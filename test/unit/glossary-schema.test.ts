/**
 * Run-time validation of the bundled glossary. The JSON files are hand-written data, so no
 * property below is taken from the TypeScript types: every entry is checked as `unknown`.
 */

import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/core/glossary-schema.ts';
import { codeLookupKey, decodeDocumentCode } from '../../src/core/doc-codes.ts';
import { termKey } from '../../src/core/normalize.ts';
import { fileCategory } from '../../src/glossary/assemble-glossary.ts';
import { GLOSSARY, GLOSSARY_BY_ID, GLOSSARY_FILES } from '../../src/glossary/index.ts';

/** The glossary must reach this size once both halves of the data have landed. */
const MINIMUM_ENTRIES = 150;
const SHORT_MAX = 160;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HTML_TAG = /<[^<>]*>/;

/**
 * How an unverified entry says so in its own words, so that the card can show the text as
 * is: both long explanations carry the marker, and verified entries never do (otherwise the
 * marker would mean nothing).
 */
const UNVERIFIED_MARKER = { vi: 'chưa kiểm chứng', en: 'not verified' } as const;

/** Written forms that the first acceptance article uses and the glossary must know. */
const REQUIRED_TERMS = [
  // party bodies, people and documents
  'Tỉnh ủy',
  'Huyện ủy',
  'Đảng ủy',
  'cấp ủy',
  'Bí thư',
  'Phó Bí thư',
  'chi bộ',
  'đảng viên',
  'quần chúng ưu tú',
  'hệ thống chính trị cơ sở',
  'Ban Chấp hành Đảng bộ tỉnh',
  'Ban Chấp hành Trung ương Đảng khóa XII',
  'Hội nghị lần thứ 6, Ban Chấp hành Trung ương Đảng khóa XII',
  'Đại hội Đảng bộ tỉnh lần thứ XIII',
  'Nghị quyết số 07-NQ/TU',
  'Nghị quyết số 18-NQ/TW',
  // state
  'UBND',
  'HĐND',
  // ranks and titles
  'Chính ủy',
  'Đại tá',
  // army and border guard
  'BĐBP',
  'Bộ Chỉ huy BĐBP tỉnh',
  'Bộ Tư lệnh BĐBP',
  'Đồn Biên phòng Pa Vệ Sủ',
  // mass organisations
  'MTTQ',
  'tổ chức chính trị xã hội',
  // events, campaigns and concepts
  'Ngày Biên phòng toàn dân',
  'Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia trong tình hình mới',
  'thế trận biên phòng toàn dân',
  'thế trận quốc phòng toàn dân',
  'thế trận an ninh Nhân dân',
  'thế trận lòng dân',
  'nền biên phòng toàn dân',
  'đối ngoại biên phòng',
  'ngoại giao Nhân dân',
  // places
  'Mường Tè',
  // press conventions
  'BLC',
  'P.V',
] as const;

/** Document codes the first acceptance article cites and the glossary must explain. */
const REQUIRED_CODES = ['07-NQ/TU', '18-NQ/TW'] as const;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0 && value === value.trim();
}

function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isWebUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value !== value.trim()) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** Every string anywhere inside a value, with the path it was found at. */
function stringsIn(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((item, i) => stringsIn(item, `${path}[${i}]`, out));
  else if (isObject(value))
    for (const [key, item] of Object.entries(value)) stringsIn(item, `${path}.${key}`, out);
  return out;
}

/** Problems with one entry's own fields (cross-entry rules are checked separately). */
function entryProblems(raw: unknown, fileCategory: string): string[] {
  if (!isObject(raw)) return ['entry is not an object'];
  const problems: string[] = [];
  const say = (message: string): void => void problems.push(message);

  if (typeof raw.id !== 'string' || !ID_PATTERN.test(raw.id))
    say(`id ${JSON.stringify(raw.id)} is not kebab-case ASCII`);

  if (!(CATEGORIES as readonly unknown[]).includes(raw.category))
    say(`category ${String(raw.category)} is unknown`);
  else if (raw.category !== fileCategory)
    say(`category ${String(raw.category)} lives in ${fileCategory}.json`);

  if (!Array.isArray(raw.terms) || raw.terms.length === 0) say('terms must be a non-empty array');
  else {
    const keys = new Set<string>();
    for (const term of raw.terms) {
      if (!isText(term)) say(`term ${JSON.stringify(term)} is empty or untrimmed`);
      else if (keys.has(termKey(term))) say(`term "${term}" is repeated`);
      else keys.add(termKey(term));
    }
  }

  if (raw.expansion !== undefined) {
    if (!isObject(raw.expansion) || !isText(raw.expansion.vi) || !isText(raw.expansion.en)) {
      say('expansion needs both vi and en');
    }
  }

  for (const lang of ['vi', 'en'] as const) {
    const text = raw[lang];
    if (!isObject(text)) {
      say(`${lang} explanation missing`);
      continue;
    }
    if (!isText(text.short)) say(`${lang}.short empty`);
    else {
      if (text.short.length > SHORT_MAX) say(`${lang}.short longer than ${SHORT_MAX}`);
      if (/[\r\n]/.test(text.short)) say(`${lang}.short is not one line`);
    }
    if (!isText(text.long)) say(`${lang}.long empty`);
  }
  // A Vietnamese explanation without a single non-ASCII letter has lost its diacritics.
  if (
    isObject(raw.vi) &&
    typeof raw.vi.long === 'string' &&
    ![...raw.vi.long].some((ch) => ch.charCodeAt(0) > 0x7f)
  ) {
    say('vi.long has no Vietnamese diacritics');
  }

  if (!Array.isArray(raw.sources) || raw.sources.length === 0) say('needs at least one source');
  else {
    raw.sources.forEach((source: unknown, i: number) => {
      if (!isObject(source)) return say(`source ${i} is not an object`);
      if (!isText(source.name)) say(`source ${i} has no name`);
      if (!isWebUrl(source.url)) say(`source ${i} url ${String(source.url)} is not an http(s) URL`);
      if (!isIsoDate(source.seen)) say(`source ${i} seen ${String(source.seen)} is not an ISO date`);
    });
  }

  if (typeof raw.verified !== 'boolean') say('verified must be a boolean');
  else if (isObject(raw.vi) && isObject(raw.en)) {
    const viLong = String(raw.vi.long).toLowerCase();
    const enLong = String(raw.en.long).toLowerCase();
    const marked = viLong.includes(UNVERIFIED_MARKER.vi) && enLong.includes(UNVERIFIED_MARKER.en);
    const anyMark = viLong.includes(UNVERIFIED_MARKER.vi) || enLong.includes(UNVERIFIED_MARKER.en);
    if (!raw.verified && !marked) say('unverified entry must say so in vi.long and en.long');
    if (raw.verified && anyMark) say('verified entry carries the unverified marker');
  }

  if (raw.note !== undefined) {
    if (!isObject(raw.note)) say('note is not an object');
    else {
      if (!isIsoDate(raw.note.date)) say(`note date ${String(raw.note.date)} is not an ISO date`);
      if (!isText(raw.note.vi) || !isText(raw.note.en)) say('note needs vi and en');
    }
  }

  if (raw.related !== undefined) {
    if (!Array.isArray(raw.related)) say('related is not an array');
    else {
      if (new Set(raw.related).size !== raw.related.length) say('related repeats an id');
      if (raw.related.includes(raw.id)) say('related names the entry itself');
    }
  }

  if (raw.code !== undefined) {
    const decoded = typeof raw.code === 'string' ? decodeDocumentCode(raw.code) : undefined;
    if (decoded === undefined) say(`code ${String(raw.code)} does not decode`);
    else {
      if (decoded.canonical !== raw.code)
        say(`code ${String(raw.code)} is not in canonical form (${decoded.canonical})`);
      const expected = decoded.system === 'party' ? 'party-document' : 'state-document';
      if (raw.category !== expected) say(`a ${decoded.system} code belongs in ${expected}`);
    }
  }

  if (raw.document !== undefined) {
    const doc = raw.document;
    if (!isObject(doc) || !isText(doc.title)) say('document needs a title');
    else {
      if (doc.date !== undefined && !isIsoDate(doc.date))
        say(`document date ${String(doc.date)} is not an ISO date`);
      if (
        doc.issuer !== undefined &&
        (!isObject(doc.issuer) || !isText(doc.issuer.vi) || !isText(doc.issuer.en))
      ) {
        say('document issuer needs vi and en');
      }
    }
  }

  for (const [path, value] of stringsIn(raw, 'entry')) {
    if (HTML_TAG.test(value)) say(`${path} contains markup`);
  }
  return problems;
}

function allEntries(): { raw: unknown; file: string }[] {
  return GLOSSARY_FILES.flatMap((file) =>
    Array.isArray(file.data)
      ? file.data.map((raw: unknown) => ({ raw, file: fileCategory(file.name) ?? file.name }))
      : [],
  );
}

describe('glossary files', () => {
  it('names every data file after a known category', () => {
    const unknown = GLOSSARY_FILES.filter((file) => fileCategory(file.name) === undefined).map((f) => f.name);
    expect(unknown).toEqual([]);
  });

  it('holds an array in every file', () => {
    const notArrays = GLOSSARY_FILES.filter((file) => !Array.isArray(file.data)).map((file) => file.name);
    expect(notArrays).toEqual([]);
  });

  it('exports every entry once, in GLOSSARY and by id', () => {
    expect(GLOSSARY.length).toBe(allEntries().length);
    expect(GLOSSARY_BY_ID.size).toBe(GLOSSARY.length);
  });

  it(`has at least ${MINIMUM_ENTRIES} entries`, () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(MINIMUM_ENTRIES);
  });
});

describe('glossary entries', () => {
  it('each entry is well-formed', () => {
    const problems = allEntries().flatMap(({ raw, file }) =>
      entryProblems(raw, file).map((p) => `${isObject(raw) ? String(raw.id) : '?'}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('ids are unique', () => {
    const seen = new Map<unknown, number>();
    for (const { raw } of allEntries()) if (isObject(raw)) seen.set(raw.id, (seen.get(raw.id) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([]);
  });

  it('no two entries share a written form, even after normalization', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const { raw } of allEntries()) {
      if (!isObject(raw) || !Array.isArray(raw.terms)) continue;
      const mine = new Set<string>();
      for (const term of raw.terms) {
        if (typeof term !== 'string') continue;
        const key = termKey(term);
        if (mine.has(key)) continue; // a repeat inside one entry is reported by the entry check
        mine.add(key);
        const other = owner.get(key);
        if (other !== undefined) clashes.push(`"${term}" in ${String(raw.id)} and ${other}`);
        else owner.set(key, String(raw.id));
      }
    }
    expect(clashes).toEqual([]);
  });

  it('related ids name existing entries', () => {
    const ids = new Set(allEntries().map(({ raw }) => (isObject(raw) ? raw.id : undefined)));
    const dangling: string[] = [];
    for (const { raw } of allEntries()) {
      if (!isObject(raw) || !Array.isArray(raw.related)) continue;
      for (const id of raw.related) if (!ids.has(id)) dangling.push(`${String(raw.id)} -> ${String(id)}`);
    }
    expect(dangling).toEqual([]);
  });

  it('document codes are unique (as looked up)', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const { raw } of allEntries()) {
      if (!isObject(raw) || typeof raw.code !== 'string') continue;
      const canonical = decodeDocumentCode(raw.code)?.canonical ?? raw.code;
      const key = codeLookupKey(canonical);
      const other = seen.get(key);
      if (other !== undefined) clashes.push(`${raw.code} in ${String(raw.id)} and ${other}`);
      else seen.set(key, String(raw.id));
    }
    expect(clashes).toEqual([]);
  });
});

describe('coverage of the first acceptance article', () => {
  const keys = new Set(
    GLOSSARY.flatMap((entry) => (Array.isArray(entry.terms) ? entry.terms : []).map(termKey)),
  );

  it.each(REQUIRED_TERMS)('knows the term "%s"', (term) => {
    expect(keys.has(termKey(term))).toBe(true);
  });

  it.each(REQUIRED_CODES)('explains the document %s', (code) => {
    const key = codeLookupKey(code);
    const found = GLOSSARY.some(
      (entry) => typeof entry.code === 'string' && codeLookupKey(entry.code) === key,
    );
    expect(found).toBe(true);
  });
});

describe('the rules themselves', () => {
  // The checks above pass vacuously if they never fire; these make sure they can.
  const valid = GLOSSARY.find((entry) => entry.category === 'party-document' && entry.code !== undefined);

  it('accepts a real entry', () => {
    expect(valid).toBeDefined();
    expect(entryProblems(valid, 'party-document')).toEqual([]);
  });

  it('rejects markup, bad URLs, wrong file, long shorts and silent unverified entries', () => {
    const broken = {
      ...valid,
      id: 'Not Kebab',
      vi: { short: 'x'.repeat(SHORT_MAX + 1), long: 'có <b>thẻ</b>' },
      sources: [{ name: 'n', url: 'ftp://example.org/x', seen: '2026-02-30' }],
      verified: false,
      code: '18/NQ-TW-x',
    };
    const problems = entryProblems(broken, 'state-body').join('\n');
    expect(problems).toMatch(/kebab-case/);
    expect(problems).toMatch(/lives in state-body/);
    expect(problems).toMatch(/vi\.short longer/);
    expect(problems).toMatch(/markup/);
    expect(problems).toMatch(/not an http\(s\) URL/);
    expect(problems).toMatch(/not an ISO date/);
    expect(problems).toMatch(/unverified entry must say so/);
    expect(problems).toMatch(/does not decode|canonical/);
  });
});
