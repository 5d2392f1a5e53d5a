/**
 * The analyzer on HTML pages: the same article detection and text map as the extension, figures
 * exactly as the extractor gives them, not-article pages reported with their reason, and a
 * hostile page that can neither run code nor reach the network. Run in-process (runAnalyze).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInertHtml } from '../../src/cli/inert-html.ts';
import { runAnalyze } from '../../src/cli/run-analyze.ts';
import { extractFigures } from '../../src/core/figures/extract-figures.ts';
import { t } from '../../src/i18n/messages.ts';
import { detectArticle } from '../../src/page/article-detect.ts';
import { buildArticleText } from '../../src/page/article-text.ts';
import { loadFixture, SITE_DIR } from '../fixtures/site/load-fixture.ts';
import { fixtureText, isVariant } from '../fixtures/site/variants.ts';

const dir = mkdtempSync(join(tmpdir(), 'cli-html-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface AnalysisJson {
  article: { isArticle: boolean; title: string | null; reason: string; reasonText: string; text: string };
  terms: Array<{ id: string; text: string; start: number; end: number }>;
  codes: Array<{ text: string; start: number; end: number }>;
  figures: Array<{
    value: number | null;
    values: number[];
    text: string;
    kind: string;
    start: number;
    end: number;
  }>;
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

async function analyzeJson(path: string): Promise<AnalysisJson> {
  const result = await analyze([path, '--json']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as AnalysisJson;
}

/** The verdict and article text the extension gets for a fixture, loaded its own way. */
function extensionView(fixture: string): { verdict: ReturnType<typeof detectArticle>; text: string } {
  const page = loadFixture(fixture);
  try {
    const verdict = detectArticle(page.document, page.url);
    const text = verdict.parts ? buildArticleText(verdict.parts).text : '';
    return { verdict, text };
  } finally {
    void page.window.happyDOM.close();
  }
}

/** A path the analyzer can read the fixture page at: a built variant is written out first. */
function fixturePath(fixture: string): string {
  if (!isVariant(fixture)) return join(SITE_DIR, fixture);
  const path = join(dir, fixture);
  writeFileSync(path, fixtureText(fixture));
  return path;
}

function expectOffsetsIndex(text: string, json: AnalysisJson): void {
  for (const m of [...json.terms, ...json.codes, ...json.figures]) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
  }
}

describe('analyze: the seed article page', () => {
  let json: AnalysisJson;
  let text: string;
  beforeAll(async () => {
    json = await analyzeJson(join(SITE_DIR, 'article-seed.html'));
    text = extensionView('article-seed.html').text;
  });

  it('is an article with the metadata reason and the article title', () => {
    expect(json.article).toEqual({
      isArticle: true,
      title: 'Tăng cường củng cố hệ thống chính trị cơ sở khu vực biên giới',
      reason: 'article:metadata',
      reasonText: expect.stringMatching(/\w/),
      text,
    });
  });

  it('finds the two resolutions by code, and only them', () => {
    expect(json.codes.map((c) => c.text)).toEqual(['07-NQ/TU', '18-NQ/TW']);
  });

  it('reports the figures exactly as the extractor gives them for the article text', () => {
    expect(json.figures).toEqual(extractFigures(text));
    expect(json.figures.find((f) => f.text === '22/23')).toMatchObject({ kind: 'ratio', values: [22, 23] });
    expect(json.figures.find((f) => f.text === '223')).toMatchObject({ kind: 'count', value: 223 });
  });

  it('gives offsets into the text the extension analyses (title, lead, body), not the whole page', () => {
    expect(text.startsWith(json.article.title ?? '?')).toBe(true);
    expect(json.terms.length).toBeGreaterThan(10);
    expectOffsetsIndex(text, json);
    // The page's menus and footers are not analysed: every term lies inside the article text.
    for (const term of json.terms) expect(term.end).toBeLessThanOrEqual(text.length);
  });

  it('prints the verdict first in the readable output', async () => {
    const en = await analyze([join(SITE_DIR, 'article-seed.html'), '--lang', 'en']);
    expect(en.status).toBe(0);
    const [first, second] = en.stdout.split('\n');
    expect(first).toBe(t('en', 'popupArticle', json.article.title ?? ''));
    expect(second).toBe(`Why: ${json.article.reasonText} [article:metadata]`);
    expect(en.stdout).toMatch(/^07-NQ\/TU\s+\d+-\d+\s+nq-07-tu\s/m);
    expect(en.stdout).toMatch(/^ngày 25\/10\/2017\s+25 Oct 2017\s+date\s/m);
    // A repeated figure is one row, with its count and every position.
    expect(en.stdout).toMatch(/^4\s+4\s+count\s+huyện biên giới\s+×2\s+\d+-\d+ \d+-\d+$/m);
  });
});

describe('analyze: other article layouts', () => {
  it.each([
    'article-old-layout.html',
    'article-no-metadata.html',
    'article-vendor.html',
    'article-hostile-css.html',
  ])('%s is analysed as the extension sees it', async (fixture) => {
    const json = await analyzeJson(fixturePath(fixture));
    const view = extensionView(fixture);
    expect(json.article.isArticle).toBe(true);
    expect(json.article.reason).toBe(view.verdict.reason.code);
    expect(json.article.title).toBe(view.verdict.title ?? null);
    expect(json.terms.length + json.figures.length).toBeGreaterThan(0);
    expectOffsetsIndex(view.text, json);
  });
});

describe('analyze: pages that are not articles', () => {
  it.each([
    ['home.html', 'not-article:list-page'],
    ['category.html', 'not-article:list-page'],
    ['tag.html', 'not-article:list-page'],
    ['video.html', 'not-article:video'],
    // Without its script the body never arrives: the CLI runs no script, so it says so.
    ['article-late-body.html', 'pending:body-not-loaded'],
  ])('%s is not an article (%s): nothing analysed, exit 0', async (fixture, reason) => {
    const json = await analyzeJson(join(SITE_DIR, fixture));
    expect(json.article.isArticle).toBe(false);
    expect(json.article.reason).toBe(reason);
    expect(json.article.reason).toBe(extensionView(fixture).verdict.reason.code);
    expect(json.article.text).toBe('');
    expect(json.terms).toEqual([]);
    expect(json.codes).toEqual([]);
    expect(json.figures).toEqual([]);
  });

  it('says so in the readable output, with the reason, in either language', async () => {
    const path = join(SITE_DIR, 'home.html');
    const message = extensionView('home.html').verdict.reason.message;
    const en = await analyze([path, '--lang', 'en']);
    expect(en.status).toBe(0);
    expect(en.stderr).toBe('');
    expect(en.stdout).toBe(`${t('en', 'popupNotArticle')}\nWhy: ${message} [not-article:list-page]\n`);
    const vi = await analyze([path]);
    expect(vi.stdout).toBe(
      `${t('vi', 'popupNotArticle')}\n${t('vi', 'popupWhy', t('vi', 'reason_list'))} [not-article:list-page]\n`,
    );
  });

  it('treats an HTML file with no body text as not an article rather than an error', async () => {
    const path = join(dir, 'empty-body.html');
    writeFileSync(path, '<!doctype html><html><head><title>x</title></head><body></body></html>');
    const json = await analyzeJson(path);
    expect(json.article).toMatchObject({ isArticle: false, reason: 'not-article:no-long-body' });
  });
});

/**
 * A web server in its own process that logs every request path: a request made synchronously
 * (as happy-dom loads some scripts) cannot deadlock it, so a leak fails a test instead of
 * hanging it.
 */
const SERVER_SOURCE = `
const server = require('node:http').createServer((req, res) => {
  console.log('GET ' + req.url);
  const js = req.url.endsWith('.js');
  res.setHeader('content-type', js ? 'text/javascript' : 'text/html');
  res.end(js ? 'document.body.setAttribute("data-ran", "external")' : '<p>remote</p>');
});
server.listen(0, '127.0.0.1', () => console.log('PORT ' + server.address().port));
`;

describe('analyze: a hostile HTML file', () => {
  let server: ChildProcess;
  let log = '';
  let base = '';
  const requests = (): string[] => log.split('\n').filter((line) => line.startsWith('GET '));
  const settle = (): Promise<void> => new Promise((done) => setTimeout(done, 300));
  beforeAll(async () => {
    server = spawn(process.execPath, ['-e', SERVER_SOURCE]);
    base = await new Promise<string>((done, fail) => {
      server.once('error', fail);
      server.stdout?.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        const port = /PORT (\d+)/.exec(log)?.[1];
        if (port !== undefined) done(`http://127.0.0.1:${port}`);
      });
    });
  });
  afterAll(() => {
    server.kill();
  });

  it('runs none of its scripts and fetches nothing it names', async () => {
    const seed = readFileSync(join(SITE_DIR, 'article-seed.html'), 'utf8');
    // Inline scripts would add a third resolution to the article if they ran.
    const addCode =
      "var p=document.createElement('p');p.textContent='Nghị quyết số 99-NQ/TW của Bộ Chính trị.';" +
      "document.querySelectorAll('p').forEach(function(x){x.after(p.cloneNode(true))});";
    const head = [
      `<meta http-equiv="refresh" content="0; url=${base}/refresh">`,
      `<link rel="stylesheet" href="${base}/style.css">`,
      `<link rel="preload" as="script" href="${base}/preload.js">`,
      `<script src="${base}/external.js"></script>`,
      `<script>${addCode} fetch('${base}/fetch-inline');</script>`,
      `<script type="module">import '${base}/module.js'; ${addCode}</script>`,
    ].join('');
    const body = [
      `<img src="${base}/image.png" onerror="fetch('${base}/onerror')" onload="fetch('${base}/onload')">`,
      `<iframe src="${base}/frame.html"></iframe>`,
      `<iframe srcdoc="<script>parent.fetch('${base}/srcdoc')</script>"></iframe>`,
      `<object data="${base}/object.html"></object><embed src="${base}/embed.swf">`,
      `<video src="${base}/video.mp4" autoplay></video><audio src="${base}/audio.mp3" autoplay></audio>`,
      `<svg><script>${addCode}</script><image href="${base}/svg-image.png"/></svg>`,
      `<script>${addCode}</script>`,
    ].join('');
    const hostile = seed
      .replace('</head>', `${head}</head>`)
      .replace('</body>', `${body}</body>`)
      .replace(/<body([^>]*)>/, `<body$1 onload="fetch('${base}/body-onload')">`);
    expect(hostile).not.toBe(seed);
    const path = join(dir, 'hostile.html');
    writeFileSync(path, hostile);

    const json = await analyzeJson(path);
    await settle();
    expect(requests()).toEqual([]);
    expect(json.article.isArticle).toBe(true);
    expect(json.codes.map((c) => c.text)).toEqual(['07-NQ/TU', '18-NQ/TW']);
    // The hostile additions change nothing in what is analysed.
    expect(json).toEqual(await analyzeJson(join(SITE_DIR, 'article-seed.html')));
  });

  it('parses into a window that loads and runs nothing, even for elements added later', async () => {
    // A parsed document is inert by the standard; the window's settings must also hold for
    // anything added to it afterwards (as a later change to the analyzer might do).
    const page = parseInertHtml('<!doctype html><html><head></head><body><p>x</p></body></html>');
    try {
      const doc = page.document;
      const inline = doc.createElement('script');
      inline.textContent = 'document.body.setAttribute("data-ran", "inline")';
      doc.body.append(inline);
      const external = doc.createElement('script');
      external.src = `${base}/added.js`;
      doc.body.append(external);
      const style = doc.createElement('link');
      style.rel = 'stylesheet';
      style.href = `${base}/added.css`;
      doc.head.append(style);
      const image = doc.createElement('img');
      image.src = `${base}/added.png`;
      doc.body.append(image);
      const frame = doc.createElement('iframe');
      frame.src = `${base}/added-frame.html`;
      doc.body.append(frame);
      const fetched = await doc.defaultView!.fetch(`${base}/fetch`).then(
        (response) => response.ok,
        () => false,
      );
      await settle();
      expect(fetched).toBe(false);
      expect(doc.body.hasAttribute('data-ran')).toBe(false);
      expect(requests()).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
