/**
 * A heading that names a list of other stories ("Tin liên quan") sets that list aside, however
 * the page pads it. Detection reads a block's text only when it may be short enough to be such
 * a heading, so padding the measure counts as letters (em spaces, ideographic spaces) must not
 * hide one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { findNonContent } from '../../src/page/detect/boilerplate.ts';
import { loadHtml, type LoadedPage } from '../fixtures/site/load-fixture.ts';

const open: LoadedPage[] = [];
afterEach(async () => {
  for (const page of open.splice(0)) await page.window.happyDOM.close();
});

const PARAGRAPH =
  '<p>Ngày 12/3, Ban Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với chính quyền các xã biên giới tổ chức tuyên truyền pháp luật cho đồng bào tại các bản giáp biên.</p>';

/** Whether the heading line itself is set aside, with the list it names. */
function headingSetAside(heading: string): boolean {
  const page = loadHtml(
    `<html><body><article>${PARAGRAPH.repeat(4)}<p id="heading">${heading}</p>` +
      '<p><a href="/a.html">Đồn Biên phòng giúp dân phát triển kinh tế vùng cao</a></p>' +
      `<p><a href="/b.html">Tuổi trẻ biên cương chung tay xây dựng nông thôn mới</a></p>${PARAGRAPH.repeat(2)}` +
      '</article></body></html>',
  );
  open.push(page);
  const line = page.document.getElementById('heading')!;
  return [...findNonContent(page.document.body)].some((el) => el === line || el.contains(line));
}

describe('headings that name lists of other stories', () => {
  it('set the list aside when written plainly', () => {
    expect(headingSetAside('Tin liên quan')).toBe(true);
  });

  it('set it aside when padded with spaces the measure counts as letters', () => {
    expect(headingSetAside(`Tin liên quan${'\u2003'.repeat(30)}`)).toBe(true);
    expect(headingSetAside(`${'\u3000'.repeat(20)}Tin liên quan${'\u3000'.repeat(20)}`)).toBe(true);
  });

  it('set nothing aside when the heading names no such list', () => {
    expect(headingSetAside('Những tấm gương tiêu biểu')).toBe(false);
    expect(headingSetAside(`Những tấm gương tiêu biểu${'\u2003'.repeat(30)}`)).toBe(false);
  });
});
