/**
 * The command-line tools, run in-process through runAnalyze/runGlossary; a few spawned smoke
 * tests check that the scripts themselves start, print and exit as documented.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAnalyze } from '../../src/cli/run-analyze.ts';
import { runGlossary } from '../../src/cli/run-glossary.ts';
import { decodeDocumentCode } from '../../src/core/doc-codes.ts';
import { explainCode } from '../../src/i18n/explain-code.ts';
import { SITE_DIR } from '../fixtures/site/load-fixture.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'cli-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

async function analyze(args: string[]): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const status = await runAnalyze(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { status, stdout, stderr };
}

async function glossary(args: string[]): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const status = await runGlossary(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { status, stdout, stderr };
}

function spawnCli(script: 'analyze' | 'glossary', args: string[]): Promise<Result> {
  return new Promise((done, fail) => {
    execFile(
      TSX,
      [join(ROOT, `src/cli/${script}.ts`), ...args],
      { cwd: ROOT, encoding: 'utf8', timeout: 30_000 },
      (error, stdout, stderr) => {
        const status = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        if (status === null) fail(error ?? new Error('no exit status'));
        else done({ status, stdout, stderr });
      },
    );
  });
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function expectOneLineError(result: Result, pattern: RegExp): void {
  expect(result.status).not.toBe(0);
  expect(result.status).not.toBeNull();
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe('analyze: unreadable input and bad arguments', () => {
  it('rejects a missing file', async () => {
    expectOneLineError(await analyze([join(dir, 'nope.txt')]), /^analyze: no such file: .*nope\.txt\n$/);
  });

  it('rejects an empty file', async () => {
    expectOneLineError(await analyze([file('empty.txt', '')]), /^analyze: .*empty\.txt is empty\n$/);
  });

  it('rejects a file holding only white space', async () => {
    expectOneLineError(
      await analyze([file('blank.html', ' \n\t\n')]),
      /^analyze: .*blank\.html holds only whitespace\n$/,
    );
  });

  it('rejects a binary file', async () => {
    const path = file('binary.bin', new Uint8Array([0x42, 0x00, 0x01, 0x02, 0xff]));
    expectOneLineError(await analyze([path]), /^analyze: .*binary.*NUL.*\n$/);
  });

  it('rejects a file that is not UTF-8', async () => {
    // "Đảng" in Windows-1258-like single bytes: invalid as UTF-8.
    const path = file('latin.txt', new Uint8Array([0xd0, 0xe3, 0x6e, 0x67, 0x20, 0x75, 0xfd]));
    expectOneLineError(await analyze([path]), /^analyze: .*not valid UTF-8.*\n$/);
  });

  it('rejects a directory', async () => {
    expectOneLineError(await analyze([dir]), /^analyze: .*directory.*\n$/);
  });

  it.each([
    [['--bogus', 'x.txt'], /unknown option: --bogus/],
    [['x.txt', '--lang', 'fr'], /--lang must be vi or en/],
    [['x.txt', '--lang'], /--lang needs a value/],
    [[], /missing FILE/],
    [['a.txt', 'b.txt'], /exactly one FILE/],
    [['--json=yes', 'x.txt'], /takes no value/],
  ])('rejects bad arguments %j with a usage message', async (args, pattern) => {
    const result = await analyze(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(pattern);
    expect(result.stderr).toMatch(/^analyze: [^\n]*\nusage: analyze FILE[^\n]*\n$/);
  });

  it('prints its usage for --help', async () => {
    const result = await analyze(['--help']);
    expect(result).toEqual({ status: 0, stdout: expect.stringMatching(/^usage: analyze FILE/), stderr: '' });
  });
});

interface AnalysisJson {
  article: { isArticle: boolean; title: string | null; reason: string; reasonText: string };
  terms: Array<{ id: string; text: string; start: number; end: number; category: string | null }>;
  codes: Array<{
    text: string;
    start: number;
    end: number;
    type: string;
    issuer: string;
    known: boolean;
    explanation: string;
  }>;
  figures: Array<{
    value: number | null;
    values: number[];
    text: string;
    label: string;
    kind: string;
    sentence: string;
    start: number;
    end: number;
    unit?: string;
  }>;
}

async function analyzeJson(path: string): Promise<AnalysisJson> {
  const result = await analyze([path, '--json']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as AnalysisJson;
}

function expectOffsetsIndex(text: string, json: AnalysisJson): void {
  for (const m of [...json.terms, ...json.codes, ...json.figures]) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
  }
}

describe('analyze: plain text', () => {
  const text =
    '\n  Biên phòng Lai Châu  \nĐại tá, Chính ủy Bộ Chỉ huy BĐBP tỉnh, quán triệt Nghị quyết số 18–NQ/TW ngày 25/10/2017 cho 22/23 xã, giai đoạn 2015-2020.\n';

  it('takes the whole file as the article, titled by its first non-empty line', async () => {
    const json = await analyzeJson(file('article.txt', text));
    expect(Object.keys(json).sort()).toEqual(['article', 'codes', 'figures', 'terms']);
    expect(json.article).toMatchObject({
      isArticle: true,
      reason: 'plain-text',
      title: 'Biên phòng Lai Châu',
    });
    expect(json.article.reasonText.length).toBeGreaterThan(0);
    expectOffsetsIndex(text, json);
    for (const t of json.terms)
      expect(Object.keys(t).sort()).toEqual(['category', 'end', 'id', 'start', 'text']);
    expect(json.terms.map((t) => t.id)).toContain('chinh-uy');
    expect(json.codes).toHaveLength(1);
    const code = json.codes[0]!;
    expect(Object.keys(code).sort()).toEqual([
      'end',
      'explanation',
      'issuer',
      'known',
      'start',
      'text',
      'type',
    ]);
    expect(code).toMatchObject({ text: '18–NQ/TW', type: 'NQ', issuer: 'TW' });
    expect(typeof code.known).toBe('boolean');
    // The reader-facing sentence, in Vietnamese unless --lang says otherwise.
    expect(code.explanation).toBe(explainCode(decodeDocumentCode('18–NQ/TW')!, 'vi'));
    const en = JSON.parse(
      (await analyze([file('article-en.txt', text), '--json', '--lang', 'en'])).stdout,
    ) as AnalysisJson;
    expect(en.codes[0]?.explanation).toMatch(/^Resolution No\. 18 of the Party Centre/);
    const ratio = json.figures.find((f) => f.text === '22/23');
    expect(ratio).toMatchObject({ kind: 'ratio', values: [22, 23] });
    expect(json.figures.find((f) => f.kind === 'period')?.values).toEqual([2015, 2020]);
  });

  it('prints readable tables with headings and explanations in the chosen language', async () => {
    const path = file('table.txt', text);
    const en = await analyze([path, '--lang', 'en']);
    expect(en.status).toBe(0);
    expect(en.stdout.split('\n')[0]).toBe('Article: Biên phòng Lai Châu');
    expect(en.stdout).toMatch(/\[plain-text\]/);
    expect(en.stdout).toContain(explainCode(decodeDocumentCode('18–NQ/TW')!, 'en'));
    expect(en.stdout).toMatch(/^Terms in the article \(\d+\)$/m);
    expect(en.stdout).toMatch(/^Documents cited \(1\)$/m);
    expect(en.stdout).toMatch(/^Key figures \(\d+\)$/m);
    expect(en.stdout).toMatch(/^Dates, periods and ordinals \(\d+\)$/m);
    expect(en.stdout).toMatch(/22\/23\s+22 of 23\s+ratio\s+.*\d+-\d+$/m);
    const vi = await analyze([path, '--lang=vi']);
    expect(vi.status).toBe(0);
    expect(vi.stdout.split('\n')[0]).toBe('Bài báo: Biên phòng Lai Châu');
    expect(vi.stdout).toContain(explainCode(decodeDocumentCode('18–NQ/TW')!, 'vi'));
    expect(vi.stdout).toMatch(/22\/23\s+22 trên 23\s+tỉ lệ/);
    expect(vi.stdout).toMatch(/^Ngày, giai đoạn, thứ tự \(\d+\)$/m);
  });

  it('prints each value once, scaled once, and dates as a reader writes them', async () => {
    const money =
      'Ngân sách huyện\n\nNăm nay, kinh phí hỗ trợ là 2,5 triệu đồng mỗi hộ; tổng vốn đầu tư 3.400 tỷ đồng, tăng 12% so với cùng kỳ. Kế hoạch được ký ngày 5/3/2025.';
    const out = (await analyze([file('money.txt', money), '--lang', 'en'])).stdout;
    expect(out).toMatch(/^2,5 triệu đồng\s+2500000 đồng\s+money\s/m);
    expect(out).toMatch(/^3\.400 tỷ đồng\s+3400000000000 đồng\s+money\s/m);
    expect(out).toMatch(/^12%\s+12%\s+percent\s/m);
    expect(out).not.toMatch(/triệu đồng\s+2500000 triệu/);
    expect(out).toMatch(/^ngày 5\/3\/2025\s+5 Mar 2025\s+date\s/m);
    const vi = (await analyze([file('money.txt', money), '--lang', 'vi'])).stdout;
    expect(vi).toMatch(/^ngày 5\/3\/2025\s+5\/3\/2025\s+/m);
  });

  it('lists the verdict, terms, codes, figures and the timeline in that order', async () => {
    const out = (await analyze([file('order.txt', text), '--lang', 'en'])).stdout;
    const at = ['Article:', 'Terms in the article', 'Documents cited', 'Key figures', 'Dates, periods'].map(
      (s) => out.indexOf(s),
    );
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

describe('glossary CLI', () => {
  it('prints every entry as JSON with the agreed fields, and a table listing every id', async () => {
    const result = await glossary(['--json']);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(json.length).toBeGreaterThan(0);
    for (const e of json)
      expect(Object.keys(e).sort()).toEqual([
        'category',
        'checked',
        'en',
        'id',
        'level',
        'note',
        'sources',
        'terms',
        'verified',
        'vi',
      ]);
    const table = await glossary(['--lang', 'en']);
    expect(table.status).toBe(0);
    for (const e of json) expect(table.stdout).toContain(String(e.id));
    expect(table.stdout).toContain(`\n${json.length} entries\n`);
  });

  it('rejects a bad flag with one line and the usage', async () => {
    const result = await glossary(['--nope']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'glossary: unknown option: --nope\nusage: glossary [--json] [--lang vi|en] [--stale DAYS]\n',
    );
  });
});

// Each spawn starts tsx (~2 s, more on a busy machine): few of them, run side by side.
describe.concurrent('spawned analyze script (smoke)', () => {
  const SPAWN_TIMEOUT = 30_000;

  it(
    'prints the seed article as JSON, exactly as runAnalyze does',
    async () => {
      const seed = join(SITE_DIR, 'article-seed.html');
      const spawned = await spawnCli('analyze', [seed, '--json']);
      expect(spawned.stderr).toBe('');
      expect(spawned.status).toBe(0);
      expect(spawned.stdout).toBe((await analyze([seed, '--json'])).stdout);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'exits 1 with one line for a missing file',
    async () => {
      expectOneLineError(
        await spawnCli('analyze', [join(dir, 'nope.txt')]),
        /^analyze: no such file: .*nope\.txt\n$/,
      );
    },
    SPAWN_TIMEOUT,
  );

  it(
    'exits 2 with one line and the usage for a bad flag',
    async () => {
      const bad = await spawnCli('analyze', ['--bogus', 'x.txt']);
      expect(bad).toEqual({
        status: 2,
        stdout: '',
        stderr:
          'analyze: unknown option: --bogus\nusage: analyze FILE [--json] [--lang vi|en] [--mark abbreviations|names|everything]\n',
      });
    },
    SPAWN_TIMEOUT,
  );
});
