/**
 * The rules for what may stand as a glossary source (src/glossary/source-rules.ts): pages that
 * list, tag or search other pages, copies of other sites and document uploads are refused;
 * ordinary article and law pages are accepted.
 */
import { describe, expect, it } from 'vitest';
import { refusedSource, sourcesProblems } from '../../src/glossary/source-rules.ts';

describe('refusedSource', () => {
  it.each([
    'https://dantocmiennui.vn/xa-bien-gioi-tag12345.html',
    'https://baolaocai.vn/tu-khoa/can-bo-tag6398.html',
    'https://nhandan.vn/tag/bien-gioi',
    'https://example-news.vn/chu-de/bien-phong/',
    'https://example-news.vn/category/tin-tuc/page/12',
    'https://giaoduc.example.vn/ban-chap-hanh-trung-uong-ptag.html',
    'https://tinhuy.example.gov.vn/tim-kiem?q=nghi+quyet',
    'https://example-news.vn/?s=bien+phong',
    'https://example-news.vn/',
  ])('refuses the list, tag or search page %s', (url) => {
    expect(refusedSource(url)).toMatch(/tag|list|search|home page/);
  });

  it.each([
    'https://123docz.net/document/123-dieu-le.htm',
    'https://text.123docz.net/document/456-de-cuong.htm',
    'https://www.studocu.com/vn/document/abc',
    'https://tieng.wiki/content/Mot_trang.html',
    'https://www.wikiwand.com/vi/Lai_Chau',
    'https://truyenhinhcapsongthu.net/top/mot-trang-wikipedia/abc',
    'https://baomoi.com/mot-bai/c/123.epi',
    'https://baomoi.net.vn/mot-bai-c123.epi',
    'https://www.giaidapchuan.com/2022/01/mot-bai.html',
    'https://luatduonggia.vn/mot-bai-viet',
    'https://hoc24.vn/cau-hoi/mot-cau-hoi.html',
    'https://defzone.net/wiki/Than_Uyen',
  ])('refuses the copy, aggregator or upload %s', (url) => {
    expect(refusedSource(url)).toMatch(/copies or aggregates/);
  });

  it.each([
    'https://nhandan.vn/ban-giao-30-ban-chi-huy-bo-doi-bien-phong-post890272.html',
    'https://www.bienphong.com.vn/truong-ban-giu-moc-bien-cuong-post309737.html',
    'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Nghi-dinh-34-2014-ND-CP-225187.aspx',
    'https://kinhtedothi.vn/nghi-quyet-sua-doi-bo-sung-mot-so-dieu-cua-hien-phap.736908.html',
    'https://vi.wikipedia.org/wiki/Pa_V%E1%BB%87_S%E1%BB%A7',
    'https://apag.edu.vn/?p=47864',
    'https://sngv.example.gov.vn/?gd=13&cn=210&tc=1806',
    'https://vnexpress.net/tag-line-of-a-story-4940982.html',
  ])('accepts the ordinary page %s', (url) => {
    expect(refusedSource(url)).toBeUndefined();
  });

  it('refuses what is not a URL', () => {
    expect(refusedSource('nhandan.vn/bai-viet')).toBe('not a URL');
  });
});

describe('sourcesProblems', () => {
  const wiki = 'https://vi.wikipedia.org/wiki/Lai_Ch%C3%A2u';
  const paper = 'https://nhandan.vn/mot-bai-viet-post1.html';

  it('refuses Wikipedia as the only source, in any language edition, but not beside another source', () => {
    expect(sourcesProblems([wiki])).toEqual(['its only source is wikipedia.org']);
    expect(sourcesProblems([wiki, 'https://en.m.wikipedia.org/wiki/Lai_Chau'])).toEqual([
      'its only source is wikipedia.org',
    ]);
    expect(sourcesProblems([wiki, paper])).toEqual([]);
  });

  it('names every refused source', () => {
    const problems = sourcesProblems([
      paper,
      'https://123docz.net/document/1.htm',
      'https://nhandan.vn/tag/x',
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^source https:\/\/123docz\.net\/document\/1\.htm refused: /);
  });
});
