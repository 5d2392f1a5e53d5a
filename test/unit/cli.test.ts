import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticleText } from '../../src/cli/read-article.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'cli-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(
  script: 'analyze' | 'glossary',
  args: string[],
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, [join(ROOT, `src/cli/${script}.ts`), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function expectOneLineError(
  result: { status: number | null; stderr: string; stdout: string },
  pattern: RegExp,
): void {
  expect(result.status).not.toBe(0);
  expect(result.status).not.toBeNull();
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe('analyze CLI: errors', () => {
  it('rejects a missing file', () => {
    expectOneLineError(run('analyze', [join(dir, 'nope.txt')]), /^analyze: no such file: .*nope\.txt\n$/);
  });

  it('rejects an empty file', () => {
    expectOneLineError(run('analyze', [file('empty.txt', '')]), /^analyze: .*empty\.txt is empty\n$/);
  });

  it('rejects a binary file', () => {
    const path = file('binary.bin', new Uint8Array([0x42, 0x00, 0x01, 0x02, 0xff]));
    expectOneLineError(run('analyze', [path]), /^analyze: .*binary.*NUL.*\n$/);
  });

  it('rejects a file that is not UTF-8', () => {
    // "Đảng" in Windows-1258-like single bytes: invalid as UTF-8.
    const path = file('latin.txt', new Uint8Array([0xd0, 0xe3, 0x6e, 0x67, 0x20, 0x75, 0xfd]));
    expectOneLineError(run('analyze', [path]), /^analyze: .*not valid UTF-8.*\n$/);
  });

  it('rejects a directory', () => {
    expectOneLineError(run('analyze', [dir]), /^analyze: .*directory.*\n$/);
  });

  it.each([
    [['--bogus', 'x.txt'], /unknown option: --bogus/],
    [['x.txt', '--lang', 'fr'], /--lang must be vi or en/],
    [['x.txt', '--lang'], /--lang needs a value/],
    [[], /missing FILE/],
    [['a.txt', 'b.txt'], /exactly one FILE/],
    [['--json=yes', 'x.txt'], /takes no value/],
  ])('rejects bad arguments %j with a usage message', (args, pattern) => {
    const result = run('analyze', args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(pattern);
    expect(result.stderr).toMatch(/usage: analyze FILE/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('analyze CLI: output', () => {
  const text =
    'Đại tá, Chính ủy Bộ Chỉ huy BĐBP tỉnh, quán triệt Nghị quyết số 18–NQ/TW ngày 25/10/2017 cho 22/23 xã, giai đoạn 2015-2020.\n';

  it('prints JSON with the agreed shape; offsets index the text and codes are found', () => {
    const path = file('article.txt', text);
    const result = run('analyze', [path, '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as {
      terms: Array<Record<string, unknown>>;
      codes: Array<Record<string, unknown>>;
    };
    expect(Object.keys(json).sort()).toEqual(['codes', 'terms']);
    for (const t of json.terms) {
      expect(Object.keys(t).sort()).toEqual(['category', 'end', 'id', 'start', 'text']);
      expect(text.slice(t.start as number, t.end as number)).toBe(t.text);
    }
    expect(json.codes).toHaveLength(1);
    const code = json.codes[0]!;
    expect(Object.keys(code).sort()).toEqual(['end', 'issuer', 'known', 'start', 'text', 'type']);
    expect(code).toMatchObject({ text: '18–NQ/TW', type: 'NQ', issuer: 'TW' });
    expect(typeof code.known).toBe('boolean');
    expect(text.slice(code.start as number, code.end as number)).toBe('18–NQ/TW');
  });

  it('prints a readable table with the explanation in the chosen language', () => {
    const path = file('table.txt', text);
    const en = run('analyze', [path, '--lang', 'en']);
    expect(en.status).toBe(0);
    expect(en.stdout).toMatch(/Resolution No\. 18 of the Party Central Committee/);
    expect(en.stdout).toMatch(/18–NQ\/TW/);
    const vi = run('analyze', [path, '--lang=vi']);
    expect(vi.status).toBe(0);
    expect(vi.stdout).toMatch(/Nghị quyết số 18 của Trung ương Đảng/);
  });

  it('reads the body of an HTML file; offsets index the extracted text', () => {
    const html =
      '<!doctype html><html><head><title>BĐBP tiêu đề</title><style>p{}</style></head><body>' +
      '<p>Bộ Chỉ huy BĐBP</p><p>tỉnh và Nghị quyết 07-NQ/TU</p><script>var BĐBP = 1;</script></body></html>';
    const path = file('page.html', html);
    const extracted = readArticleText(html);
    const result = run('analyze', [path, '--json']);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as {
      terms: Array<{ text: string; start: number; end: number }>;
      codes: Array<{ text: string; start: number; end: number }>;
    };
    for (const m of [...json.terms, ...json.codes]) expect(extracted.slice(m.start, m.end)).toBe(m.text);
    expect(json.codes.map((c) => c.text)).toEqual(['07-NQ/TU']);
    // The two paragraphs do not run together into "Bộ Chỉ huy BĐBP tỉnh".
    expect(json.terms.map((t) => t.text)).not.toContain('Bộ Chỉ huy BĐBP\n\ntỉnh');
  });
});

describe('readArticleText', () => {
  it('separates blocks by a blank line and skips scripts, styles and the head', () => {
    const text = readArticleText(
      '<html><head><title>T</title></head><body><h1>Tiêu  đề</h1><div>Một <b>hai</b>\n ba<br>bốn</div>' +
        '<script>x()</script><style>.a{}</style><ul><li>năm</li><li>sáu</li></ul></body></html>',
    );
    expect(text).toBe('Tiêu đề\n\nMột hai ba\nbốn\n\nnăm\n\nsáu');
  });
});

describe('glossary CLI', () => {
  it('prints every entry as JSON with the agreed fields', () => {
    const result = run('glossary', ['--json']);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(json.length).toBeGreaterThan(0);
    for (const e of json)
      expect(Object.keys(e).sort()).toEqual(['category', 'en', 'id', 'sources', 'terms', 'vi']);
  });

  it('prints a table listing every id', () => {
    const json = JSON.parse(run('glossary', ['--json']).stdout) as Array<{ id: string }>;
    const table = run('glossary', []);
    expect(table.status).toBe(0);
    for (const e of json) expect(table.stdout).toContain(e.id);
  });

  it('rejects a bad flag with one line', () => {
    const result = run('glossary', ['--nope']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^glossary: unknown option: --nope\n/);
  });
});
