import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/core/glossary-schema.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const load = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, `src/public/_locales/${lang}/messages.json`), 'utf8')) as Record<
    string,
    { message: string }
  >;
const vi = load('vi');
const en = load('en');

const placeholders = (message: string): string[] => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();

describe('the two locales', () => {
  it('have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('have a non-empty message for every key, with the same placeholders', () => {
    for (const key of Object.keys(vi)) {
      expect(vi[key]?.message.trim(), key).not.toBe('');
      expect(en[key]?.message.trim(), key).not.toBe('');
      expect(placeholders(en[key]?.message ?? ''), key).toEqual(placeholders(vi[key]?.message ?? ''));
    }
  });

  it('use only positional placeholders, never two run together (Chrome reads "$2$" as a named one)', () => {
    for (const [key, { message }] of [...Object.entries(vi), ...Object.entries(en)]) {
      expect(message, key).not.toMatch(/\$[A-Za-z0-9_]+\$/);
    }
  });

  it('name every glossary category, each differently (the options page lists them all)', () => {
    for (const catalog of [vi, en]) {
      const names = CATEGORIES.map((c) => catalog[`category_${c.replaceAll('-', '_')}`]?.message);
      expect(names.filter((n) => n === undefined)).toEqual([]);
      expect(new Set(names).size).toBe(CATEGORIES.length);
    }
  });

  it('use key names the browsers accept', () => {
    for (const key of Object.keys(vi)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('hold every __MSG_…__ the manifest names', () => {
    const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
    const keys = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? '');
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(vi[key], key).toBeDefined();
  });

  it("keep the manifest description within the stores' 132 characters", () => {
    expect(vi.extDescription?.message.length).toBeLessThanOrEqual(132);
    expect(en.extDescription?.message.length).toBeLessThanOrEqual(132);
  });
});

/**
 * Reader-facing text lives in the locale files only. This scans the extension's code for string
 * literals that read like prose: any Vietnamese letter, or two or more words of letters. Places
 * where such literals are data, not interface, are listed with the reason.
 */
const EXEMPT: Record<string, string> = {
  'src/cli': 'a developer tool, not the extension',
  'src/core/figures': 'Vietnamese words the figure reader looks for in article text',
  'src/core/doc-code-names.ts': 'names of document types and issuers: data, in both languages',
  'src/page/card/card-styles.ts': 'CSS',
  'src/core/normalize.ts': 'tables of Vietnamese vowels with their tone marks',
  'src/core/article-abbreviations.ts':
    'Vietnamese words (levels of government, "và") looked for in article text',
  'src/page/detect/boilerplate.ts': 'headings of related-article lists, matched in page text',
  'src/page/article-detect.ts': 'diagnostic sentences for developers; readers see the reason code, localized',
  'src/page/not-yet-looked.ts': 'the same, for the verdict before the first look',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

/** String literals outside comments and console calls, with their line numbers. */
function literals(source: string): Array<{ line: number; text: string }> {
  const found: Array<{ line: number; text: string }> = [];
  source.split('\n').forEach((line, index) => {
    const code = line.replace(/\/\/.*$/, '');
    if (/^\s*(\*|\/\*)/.test(line) || /console\.(warn|log|error|info|debug)/.test(code)) return;
    for (const match of code.matchAll(
      /'([^'\\]*(?:\\.[^'\\]*)*)'|"([^"\\]*(?:\\.[^"\\]*)*)"|`([^`\\]*(?:\\.[^`\\]*)*)`/g,
    )) {
      found.push({ line: index + 1, text: match[1] ?? match[2] ?? match[3] ?? '' });
    }
  });
  return found;
}

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
const PROSE = /\b[A-Z][a-z]+ [a-z]{2,}\b/;
/** Regular expressions and single characters are code, not text. */
const isCode = (text: string): boolean => text.length < 3 || /\(\?[:=!<]|\\[dswbpu]|\[\^?[^\]]*\]/.test(text);

describe('reader-facing strings', () => {
  it('are not written inline in the extension code', () => {
    const offending: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const path = relative(ROOT, file);
      if (Object.keys(EXEMPT).some((prefix) => path.startsWith(prefix))) continue;
      for (const { line, text } of literals(readFileSync(file, 'utf8'))) {
        const stripped = text.replace(/\$\{[^}]*\}/g, ' ');
        if (isCode(text)) continue;
        if (VIETNAMESE_LETTER.test(stripped) || PROSE.test(stripped))
          offending.push(`${path}:${line}: ${text}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('the scanner itself flags prose in either language', () => {
    const sample = "const a = 'Đóng'; const b = \"Close the card\"; const c = 'card-title';";
    const flagged = literals(sample).filter(({ text }) => VIETNAMESE_LETTER.test(text) || PROSE.test(text));
    expect(flagged.map((f) => f.text)).toEqual(['Đóng', 'Close the card']);
  });
});
