import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/page/article-detect.ts';
import { articleContentRoots } from '../../src/page/article-roots.ts';
import { buildArticleText } from '../../src/page/article-text.ts';
import {
  SITE_DIR,
  loadFixture,
  loadHtml,
  squashSpaces,
  type LoadedPage,
} from '../fixtures/site/load-fixture.ts';

const open: LoadedPage[] = [];
function load(file: string): LoadedPage {
  const page = loadFixture(file);
  open.push(page);
  return page;
}
afterEach(async () => {
  for (const p of open.splice(0)) await p.window.happyDOM.close();
});

const seedTitle = readFileSync(SITE_DIR + 'seed-article.txt', 'utf8')
  .split('\n')[0]!
  .trim();

const ARTICLES: Array<[file: string, title: string, code: string]> = [
  ['article-seed.html', seedTitle, 'article:metadata'],
  [
    'article-old-layout.html',
    'Phong Thổ: Phát huy sức mạnh toàn dân bảo vệ chủ quyền biên giới',
    'article:structure',
  ],
  ['article-no-metadata.html', 'Sìn Hồ nỗ lực giảm nghèo bền vững', 'article:structure'],
  ['article-vendor.html', 'Lai Châu đẩy mạnh chuyển đổi số trong giáo dục', 'article:metadata'],
];

const NOT_ARTICLES: Array<[file: string, code: string]> = [
  ['home.html', 'not-article:list-page'],
  ['category.html', 'not-article:list-page'],
  ['tag.html', 'not-article:list-page'],
  ['video.html', 'not-article:video'],
];

describe('detectArticle on the fixture pages', () => {
  for (const [file, title, code] of ARTICLES) {
    it(`${file} is an article titled "${title.slice(0, 30)}…"`, () => {
      const { document, url } = load(file);
      const v = detectArticle(document, url);
      expect(v.isArticle).toBe(true);
      expect(v.reason.code).toBe(code);
      expect(v.mayChange).toBe(false);
      expect(v.title).toBe(title);
      expect(v.parts?.title && squashSpaces(v.parts.title.textContent ?? '')).toBe(title);
      expect(v.parts?.body).toBeDefined();
      expect(v.reason.details.bodyParagraphs).toBeGreaterThanOrEqual(5);
      expect(v.confidence).toBeGreaterThan(0.7);
      // The lead is a separate part and is not inside the body on any of these layouts.
      expect(v.parts?.lead).toBeDefined();
      expect(v.parts?.body.contains(v.parts.lead!)).toBe(false);
      expect(v.parts?.date).toBeDefined();
      expect(squashSpaces(v.parts?.date?.textContent ?? '')).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    });
  }

  for (const [file, code] of NOT_ARTICLES) {
    it(`${file} is not an article (${code})`, () => {
      const { document, url } = load(file);
      const v = detectArticle(document, url);
      expect(v.isArticle).toBe(false);
      expect(v.reason.code).toBe(code);
      expect(v.parts).toBeUndefined();
      expect(v.reason.message.length).toBeGreaterThan(10);
    });
  }

  it('finds both photo captions and the author line of the seed article', () => {
    const { document } = load('article-seed.html');
    const v = detectArticle(document);
    const captions = v.parts!.captions.map((c) => squashSpaces(c.textContent ?? ''));
    expect(captions).toEqual([
      'Đại tá Phan Hồng Minh - Chính ủy Bộ Chỉ huy BĐBP tỉnh.',
      'Cán bộ, chiến sỹ Đồn Biên phòng Pa Vệ Sủ sinh hoạt tại Chi bộ bản Seo Thèn A, xã Pa Vệ Sủ, huyện Mường Tè.',
    ]);
    expect(squashSpaces(v.parts!.author!.textContent ?? '')).toBe('Hà Dũng (thực hiện)');
  });

  it('finds captions laid out as a table row and as a div beside the picture', () => {
    const old = detectArticle(load('article-old-layout.html').document);
    expect(old.parts!.captions.map((c) => squashSpaces(c.textContent ?? ''))).toEqual([
      'Cán bộ Đồn Biên phòng Ma Ly Pho cùng tổ tự quản kiểm tra cột mốc trên tuyến biên giới.',
    ]);
    const bare = detectArticle(load('article-no-metadata.html').document);
    expect(bare.parts!.captions).toHaveLength(1);
    expect(bare.parts!.captions[0]!.textContent).toContain('Lò Văn Thanh');
  });

  it('says "not loaded yet" before the late body arrives, and "article" after its script ran', () => {
    const { document, url } = load('article-late-body.html');
    const before = detectArticle(document, url);
    expect(before.isArticle).toBe(false);
    expect(before.reason.code).toBe('pending:body-not-loaded');
    expect(before.mayChange).toBe(true);

    // Run the page's own external script, with its 600 ms timer made immediate.
    const script = readFileSync(SITE_DIR + 'static/late-body.js', 'utf8');
    const run = new Function('document', 'setTimeout', script) as (
      d: Document,
      t: (f: () => void) => void,
    ) => void;
    run(document, (f) => f());
    const body = document.getElementById('story-body')!;
    expect(body.getAttribute('data-filled')).toBe('true');

    const after = detectArticle(document, url);
    expect(after.isArticle).toBe(true);
    expect(after.reason.code).toBe('article:metadata');
    expect(after.parts?.body).toBe(body);
    expect(after.title).toBe('Nâng cao hiệu quả hoạt động của chính quyền địa phương 2 cấp');
  });

  it('does not depend on class names: the same verdicts with every class and id renamed', () => {
    for (const [file, title] of ARTICLES) {
      const html = readFileSync(SITE_DIR + file, 'utf8')
        .replace(/\sclass="[^"]*"/g, (_m, i: number) => ` class="k${(i as number) % 97}"`)
        .replace(/\sid="[^"]*"/g, (_m, i: number) => ` id="i${i as number}"`);
      const page = loadHtml(html);
      open.push(page);
      const v = detectArticle(page.document);
      expect(v.isArticle, file).toBe(true);
      expect(v.title, file).toBe(title);
    }
    for (const [file, code] of NOT_ARTICLES) {
      const html = readFileSync(SITE_DIR + file, 'utf8').replace(/\sclass="[^"]*"/g, ' class="z"');
      const page = loadHtml(html);
      open.push(page);
      expect(detectArticle(page.document).reason.code, file).toBe(code);
    }
  });

  it('still finds the seed article by its structure when all metadata is removed', () => {
    const html = readFileSync(SITE_DIR + 'article-seed.html', 'utf8')
      .replace(/<meta property="og:[^>]*>/g, '')
      .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '');
    const page = loadHtml(html);
    open.push(page);
    const v = detectArticle(page.document);
    expect(v.reason.details.metadata).toBe('none');
    expect(v.isArticle).toBe(true);
    expect(v.reason.code).toBe('article:structure');
    expect(v.title).toBe(seedTitle);
  });

  it('does not call a page an article when its body is cut to two short paragraphs', () => {
    const html = readFileSync(SITE_DIR + 'article-no-metadata.html', 'utf8').replace(
      /<div class="c-12 x9">[\s\S]*?<div class="c-13 z1">/,
      '<div class="c-12 x9"><p>Đoạn một ngắn gọn về tin tức trong tỉnh.</p><p>Đoạn hai cũng rất ngắn gọn.</p></div><div class="c-13 z1">',
    );
    const page = loadHtml(html);
    open.push(page);
    const v = detectArticle(page.document);
    expect(v.isArticle).toBe(false);
    expect(v.reason.code).toBe('not-article:no-long-body');
  });

  it('reads JSON-LD types from @graph and arrays, and ignores broken JSON-LD', () => {
    const v = detectArticle(load('article-vendor.html').document);
    expect(v.reason.details.metadataSources).toContain('json-ld:NewsArticle');
    const page = loadHtml(
      '<html><head><script type="application/ld+json">{not json</script>' +
        '<script type="application/ld+json">[{"@type":["WebPage"]},{"@type":"ReportageNewsArticle"}]</script></head><body></body></html>',
    );
    open.push(page);
    const bare = detectArticle(page.document);
    expect(bare.reason.details.metadata).toBe('article');
    expect(bare.reason.code).toBe('pending:body-not-loaded');
  });

  it('gives the content roots in document order without nesting', () => {
    const v = detectArticle(load('article-seed.html').document);
    const roots = articleContentRoots(v.parts!);
    expect(roots).toEqual([v.parts!.title, v.parts!.lead, v.parts!.body]);
    const nested = articleContentRoots({
      body: v.parts!.body.parentElement!,
      title: v.parts!.title!,
      captions: [],
      nonContent: new Set(),
    });
    expect(nested).toEqual([v.parts!.body.parentElement]);
  });

  it('leaves every fixture page unchanged (detection and text building only read the DOM)', () => {
    for (const file of [
      ...ARTICLES.map((a) => a[0]),
      ...NOT_ARTICLES.map((a) => a[0]),
      'article-late-body.html',
    ]) {
      const { document } = load(file);
      const before = document.documentElement.outerHTML;
      const v = detectArticle(document);
      if (v.parts) buildArticleText(v.parts);
      expect(document.documentElement.outerHTML, file).toBe(before);
    }
  });
});
