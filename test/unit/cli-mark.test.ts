/**
 * The analyzer's --mark level (the extension's "how much to mark" setting) and the
 * abbreviations an article defines for itself, as --json reports them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAnalyze } from '../../src/cli/run-analyze.ts';

const dir = mkdtempSync(join(tmpdir(), 'cli-mark-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface JsonTerm {
  id: string;
  text: string;
  start: number;
  end: number;
  category: string | null;
  expansion?: string;
}

async function analyze(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runAnalyze(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { status, stdout, stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function terms(path: string, ...extra: string[]): Promise<JsonTerm[]> {
  const result = await analyze([path, '--json', ...extra]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return (JSON.parse(result.stdout) as { terms: JsonTerm[] }).terms;
}

const ARTICLE =
  'Biên phòng Lai Châu\n\nĐại tá, Chính ủy Bộ Chỉ huy BĐBP tỉnh, quán triệt nghị quyết cho cán bộ. ' +
  'Ban Quản lý rừng phòng hộ (BQLRPH) Mường Tè phối hợp với đồn; BQLRPH đã giao khoán 1.200 ha.';

describe('analyze --mark', () => {
  const path = file('levels.txt', ARTICLE);

  it('marks as the extension does by default (names), less with abbreviations, more with everything', async () => {
    const ids = async (...extra: string[]): Promise<string[]> =>
      (await terms(path, ...extra)).map((t) => t.id);
    const byDefault = await ids();
    expect(byDefault).toEqual(await ids('--mark', 'names'));
    expect(byDefault).toContain('chinh-uy');
    expect(byDefault).not.toContain('quan-triet-nghi-quyet');
    const everything = await ids('--mark=everything');
    expect(everything).toContain('quan-triet-nghi-quyet');
    const fewest = await ids('--mark', 'abbreviations');
    expect(fewest).not.toContain('chinh-uy');
    // The abbreviation inside a name is still marked, and so is the article's own.
    expect(fewest.some((id) => id.includes('bdbp'))).toBe(true);
    expect(fewest).toContain('article:BQLRPH');
    expect(fewest.length).toBeLessThan(byDefault.length);
    expect(byDefault.length).toBeLessThan(everything.length);
  });

  it.each([['all'], ['Names'], ['']])('rejects --mark %j with a usage message', async (value) => {
    const result = await analyze([path, `--mark=${value}`]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      value === ''
        ? /^analyze: --mark needs a value\nusage: analyze FILE .*--mark abbreviations\|names\|everything\]\n$/
        : new RegExp(`^analyze: --mark must be abbreviations, names or everything, not "${value}"\\nusage: `),
    );
  });
});

describe('analyze --json: abbreviations the article defines', () => {
  it('lists their uses as terms with the long form as written, in text order', async () => {
    const found = await terms(file('defined.txt', ARTICLE));
    const defined = found.filter((t) => t.id.startsWith('article:'));
    const use = ARTICLE.lastIndexOf('BQLRPH');
    expect(defined).toEqual([
      {
        id: 'article:BQLRPH',
        text: 'BQLRPH',
        start: use,
        end: use + 'BQLRPH'.length,
        category: 'defined-in-article',
        expansion: 'Ban Quản lý rừng phòng hộ',
      },
    ]);
    const starts = found.map((t) => t.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('explains them in the readable table', async () => {
    const en = await analyze([file('defined-table.txt', ARTICLE), '--lang', 'en']);
    expect(en.stdout).toMatch(/^article:BQLRPH\s+BQLRPH\s+\d+-\d+\s+.*Ban Quản lý rừng phòng hộ/m);
  });
});
