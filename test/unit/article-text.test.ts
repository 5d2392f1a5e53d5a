import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/page/article-detect.ts';
import type { ArticleParts } from '../../src/page/verdict.ts';
import {
  buildArticleText,
  domPositionAt,
  offsetOfDomPosition,
  rangeFor,
  type ArticleText,
} from '../../src/page/article-text.ts';
import {
  SITE_DIR,
  loadFixture,
  loadHtml,
  squashSpaces,
  type LoadedPage,
} from '../fixtures/site/load-fixture.ts';

const open: LoadedPage[] = [];
function track(p: LoadedPage): LoadedPage {
  open.push(p);
  return p;
}
afterEach(async () => {
  for (const p of open.splice(0)) await p.window.happyDOM.close();
});

function articleOf(file: string): { page: LoadedPage; parts: ArticleParts; at: ArticleText } {
  const page = track(loadFixture(file));
  const v = detectArticle(page.document, page.url);
  if (!v.parts) throw new Error(`${file}: no article (${v.reason.code})`);
  return { page, parts: v.parts, at: buildArticleText(v.parts) };
}

const seedBlocks = readFileSync(SITE_DIR + 'seed-article.txt', 'utf8')
  .split(/\n\s*\n/)
  .map(squashSpaces)
  .filter(Boolean);

function textsOf(doc: Document, selector: string): string[] {
  return Array.from(doc.querySelectorAll(selector))
    .map((e) => squashSpaces(e.textContent ?? ''))
    .filter(Boolean);
}

describe('buildArticleText on the seed article', () => {
  it('holds every paragraph of the seed text, captions and author line included', () => {
    const { at } = articleOf('article-seed.html');
    const flat = squashSpaces(at.text);
    const expected = seedBlocks.filter((b) => b !== 'Các tin tức khác');
    expect(expected.length).toBeGreaterThan(15);
    for (const block of expected) expect(flat).toContain(block);
    // …in the order of the seed text.
    const positions = expected.map((b) => flat.indexOf(b));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('holds none of the page furniture', () => {
    const { page, at } = articleOf('article-seed.html');
    const doc = page.document;
    const flat = squashSpaces(at.text);
    const seedText = seedBlocks.join(' ');
    const furniture = [
      ...textsOf(doc, 'header .lc-clock, header .lc-topbar li'),
      ...textsOf(doc, 'nav a'),
      ...textsOf(doc, '.lc-related a, .lc-related h2'),
      ...textsOf(doc, 'aside a, aside h2'),
      ...textsOf(doc, 'footer p, footer a'),
      ...textsOf(doc, '.lc-share a'),
    ];
    expect(furniture).toContain('Thứ hai, 05/01/2026 - 08:27');
    expect(furniture).toContain('Hotline: (02133) 878 436');
    expect(furniture.length).toBeGreaterThan(40);
    for (const item of furniture) {
      // A menu word the article itself uses ("Biên phòng") may of course appear in the text.
      if (seedText.includes(item)) continue;
      expect(flat, item).not.toContain(item);
    }
    expect(flat).not.toContain('Các tin tức khác');
    expect(flat).not.toContain('Hotline');
    expect(flat).not.toContain('Đọc nhiều');
  });

  it('separates paragraphs with blank lines that no segment covers', () => {
    const { at } = articleOf('article-seed.html');
    expect(at.text).toContain('biên giới\n\n(BLC) - Trong');
    expect(at.text).toContain(
      '?\n\nĐại tá Phan Hồng Minh - Chính ủy Bộ Chỉ huy BĐBP tỉnh.\n\nĐại tá Phan Hồng Minh: Đảng ủy',
    );
    let previousEnd = 0;
    for (const seg of at.segments) {
      expect(seg.start).toBeGreaterThanOrEqual(previousEnd);
      expect(at.text.slice(seg.start, seg.end)).toBe(seg.node.data);
      const gap = at.text.slice(previousEnd, seg.start);
      expect(['', '\n', '\n\n']).toContain(gap);
      previousEnd = seg.end;
    }
    expect(previousEnd).toBe(at.text.length);
  });

  it("copies text node data exactly, the seed's leading no-break spaces included", () => {
    const { at } = articleOf('article-seed.html');
    expect(at.text).toContain('?\n\n\u00a0Đại tá Phan Hồng Minh: Trên');
    expect(at.text).toContain('\n\n\u00a0Từ những kết quả đó');
  });
});

describe('buildArticleText on the other layouts', () => {
  it('leaves out related boxes, tag lines, share bars and comments inside and around the body', () => {
    const old = squashSpaces(articleOf('article-old-layout.html').at.text);
    expect(old).toContain('Thời gian tới, huyện Phong Thổ tiếp tục');
    expect(old).not.toContain('Tin liên quan');
    expect(old).not.toContain('Đồn Biên phòng Sì Lở Lầu giúp dân phát triển kinh tế');
    expect(old).not.toContain('In bài viết');
    expect(old).not.toContain('[GMT+7]');
    expect(old).toContain('kiểm tra cột mốc trên tuyến biên giới.');

    const vendor = articleOf('article-vendor.html');
    const text = squashSpaces(vendor.at.text);
    expect(text).toContain('Ngành Giáo dục và Đào tạo Lai Châu đang triển khai');
    expect(text).toContain('Giờ học Tin học tại Trường PTDTBT');
    for (const gone of [
      'Bài viết liên quan',
      'Học bạ số được triển khai thí điểm tại 45 trường tiểu học',
      'Từ khóa',
      'Chia sẻ',
      'Bình luận',
      'Rất mong các điểm trường',
      'Tin cùng chuyên mục',
    ]) {
      expect(text, gone).not.toContain(gone);
    }
  });

  it('reads paragraphs written as plain divs', () => {
    const { at } = articleOf('article-no-metadata.html');
    expect(at.text).toContain('lợn đen bản địa.\n\nGia đình anh Lò Văn Thanh');
    expect(at.text).not.toContain('Mail tòa soạn');
    expect(at.text).not.toContain('Than Uyên ra quân');
  });
});

describe('text map rules on small pages', () => {
  function build(bodyHtml: string): { page: LoadedPage; at: ArticleText; body: Element } {
    const page = track(loadHtml(`<!DOCTYPE html><html><body><div id="a">${bodyHtml}</div></body></html>`));
    const body = page.document.getElementById('a')!;
    return { page, at: buildArticleText({ body, captions: [], nonContent: new Set() }), body };
  }

  it('turns <br> into a line break and blocks into a blank line', () => {
    const { at } = build('<p>một<br>hai</p><p>ba <b>bốn</b> năm</p>');
    expect(at.text).toBe('một\nhai\n\nba bốn năm');
    expect(at.segments.map((s) => s.node.data)).toEqual(['một', 'hai', 'ba ', 'bốn', ' năm']);
  });

  it('skips what is never text, hidden or editable', () => {
    const { at } = build(
      '<p>giữ 1</p><script>var x = "script";</script><style>p{}</style><noscript>noscript</noscript>' +
        '<template><p>template</p></template><textarea>textarea</textarea><input value="input">' +
        '<select><option>option</option></select><button>button</button><div contenteditable="true">editable</div>' +
        '<svg><text>svg</text></svg><math><mi>math</mi></math><iframe>iframe</iframe><p hidden>hidden</p>' +
        '<p aria-hidden="true">aria</p><p style="display: none">none</p><p>giữ 2</p>',
    );
    expect(at.text).toBe('giữ 1\n\ngiữ 2');
  });

  it('maps element positions to the first text at or after them', () => {
    const { at, body } = build('<p>một</p><p>hai <i>ba</i></p>');
    const second = body.children[1]!;
    expect(offsetOfDomPosition(at, second, 0)).toBe(at.text.indexOf('hai'));
    expect(offsetOfDomPosition(at, second, 1)).toBe(at.text.indexOf('ba'));
    expect(offsetOfDomPosition(at, second, 2)).toBe(at.text.length);
    expect(offsetOfDomPosition(at, body, 0)).toBe(0);
  });

  it('answers undefined for offsets and nodes outside the article', () => {
    const { page, at } = build('<p>một</p>');
    expect(domPositionAt(at, -1)).toBeUndefined();
    expect(domPositionAt(at, at.text.length + 1)).toBeUndefined();
    const stray = page.document.createTextNode('ngoài');
    expect(offsetOfDomPosition(at, stray, 0)).toBeUndefined();
  });
});

describe('offsets and DOM positions round-trip', () => {
  it('domPositionAt and offsetOfDomPosition invert each other inside segments', () => {
    const { at } = articleOf('article-seed.html');
    const inSegment = fc.integer({ min: 0, max: at.segments.length - 1 }).chain((i) => {
      const seg = at.segments[i]!;
      return fc.integer({ min: seg.start, max: seg.end - 1 });
    });
    fc.assert(
      fc.property(inSegment, (offset) => {
        const pos = domPositionAt(at, offset)!;
        expect(pos.node.data[pos.offset]).toBe(at.text[offset]);
        expect(offsetOfDomPosition(at, pos.node, pos.offset)).toBe(offset);
      }),
      { numRuns: 300 },
    );
  });

  it('rangeFor covers exactly text.slice inside a run of touching segments', () => {
    for (const file of ['article-seed.html', 'article-vendor.html', 'article-old-layout.html']) {
      const { page, at } = articleOf(file);
      // Runs: maximal groups of segments with no separator between them.
      const runs: Array<[number, number]> = [];
      for (const seg of at.segments) {
        const last = runs[runs.length - 1];
        if (last && last[1] === seg.start) last[1] = seg.end;
        else runs.push([seg.start, seg.end]);
      }
      const inRun = fc.integer({ min: 0, max: runs.length - 1 }).chain((i) => {
        const [s, e] = runs[i]!;
        return fc.tuple(fc.integer({ min: s, max: e }), fc.integer({ min: s, max: e }));
      });
      fc.assert(
        fc.property(inRun, ([a, b]) => {
          const [start, end] = a <= b ? [a, b] : [b, a];
          const range = rangeFor(at, start, end, page.document);
          expect(range.toString()).toBe(at.text.slice(start, end));
        }),
        { numRuns: 150 },
      );
    }
  });

  it('rangeFor spanning paragraphs starts and ends on the page nodes of its first and last characters', () => {
    const { page, at } = articleOf('article-seed.html');
    const start = at.text.indexOf('Thứ hai, nâng cao');
    const end = at.text.indexOf('Thứ ba, củng cố') + 'Thứ ba'.length;
    const range = rangeFor(at, start, end, page.document);
    const text = range.toString();
    expect(text.startsWith('Thứ hai, nâng cao')).toBe(true);
    expect(text.endsWith('Thứ ba')).toBe(true);
    expect(squashSpaces(text)).toBe(squashSpaces(at.text.slice(start, end)));
    // A range over a separator alone is empty rather than reaching into a neighbour.
    const gap = at.text.indexOf('\n\n', start);
    expect(rangeFor(at, gap, gap + 2, page.document).toString()).toBe('');
  });
});
