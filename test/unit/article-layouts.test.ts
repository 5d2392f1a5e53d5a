/**
 * Detection on the page shapes Vietnamese sites use (test/fixtures/layouts): every article shape,
 * with every story poured into it, is found with all of its text and none of its furniture; every
 * list, video and gallery shape is not an article, with its reason.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/page/article-detect.ts';
import { buildArticleText } from '../../src/page/article-text.ts';
import { reasonKey } from '../../src/views/reason-key.ts';
import { t } from '../../src/i18n/messages.ts';
import { OMITS, SHAPES } from '../fixtures/layouts/article-shapes.ts';
import { FURNITURE_TEXT } from '../fixtures/layouts/furniture.ts';
import { LIST_SHAPES } from '../fixtures/layouts/list-shapes.ts';
import { STORIES, type Story } from '../fixtures/layouts/stories.ts';
import { loadHtml, squashSpaces, type LoadedPage } from '../fixtures/site/load-fixture.ts';

const open: LoadedPage[] = [];
function load(html: string): LoadedPage {
  const page = loadHtml(html);
  open.push(page);
  return page;
}
afterEach(async () => {
  for (const p of open.splice(0)) await p.window.happyDOM.close();
});

/** The story's own text, in reading order, that the shape renders. */
function expectedBlocks(shape: string, s: Story): string[] {
  const omitted = OMITS[shape] ?? [];
  const out = [s.title, s.sapo];
  s.paragraphs.forEach((p, i) => {
    const sub = s.subheads[i];
    if (sub) out.push(sub);
    out.push(p);
  });
  if (!omitted.includes('caption')) out.push(s.caption);
  out.push(s.author);
  return out.filter(Boolean);
}

/** Removes every class and id, so that nothing can lean on a name. */
const stripNames = (html: string): string => html.replace(/\s(?:class|id)="[^"]*"/g, '');

describe('article shapes', () => {
  for (const [name, shape] of Object.entries(SHAPES)) {
    for (const story of STORIES) {
      for (const named of [true, false]) {
        it(`${name}${named ? '' : ' without class names'}: "${story.title.slice(0, 28)}…"`, () => {
          const html = named ? shape(story) : stripNames(shape(story));
          const v = detectArticle(load(html).document);
          expect(v.isArticle, v.reason.code).toBe(true);
          expect(v.title).toBe(story.title);
          const text = squashSpaces(buildArticleText(v.parts!).text);
          const blocks = expectedBlocks(name, story);
          for (const block of blocks) expect(text, block.slice(0, 40)).toContain(squashSpaces(block));
          // …in the story's order (the caption sits wherever the shape put the photo).
          const at = blocks.filter((b) => b !== story.caption).map((b) => text.indexOf(squashSpaces(b)));
          expect([...at].sort((a, b) => a - b)).toEqual(at);
          const own = JSON.stringify(story);
          for (const piece of FURNITURE_TEXT) {
            if (own.includes(piece)) continue; // a word of the story itself may be a menu word
            expect(text, piece).not.toContain(piece);
          }
        });
      }
    }
  }
});

describe('pages that are not articles', () => {
  for (const [name, { html, reason }] of Object.entries(LIST_SHAPES)) {
    for (const named of [true, false]) {
      it(`${name}${named ? '' : ' without class names'} is not an article: ${reason}`, () => {
        const v = detectArticle(load(named ? html : stripNames(html)).document);
        expect(v.isArticle).toBe(false);
        expect(v.reason.code).toBe(reason);
        expect(v.parts).toBeUndefined();
        // The popup has a sentence for the reason, in both languages.
        expect(reasonKey(reason)).not.toBe('reason_other');
        expect(t('vi', reasonKey(reason))).not.toBe(t('en', reasonKey(reason)));
      });
    }
  }
});

describe('what looks like furniture but is the article', () => {
  it('keeps a closing paragraph with an address, a phone number and an email', () => {
    const contact =
      'Mọi chi tiết xin liên hệ Ban tổ chức, địa chỉ: số 5 đường Trần Phú, điện thoại: 0213 3800 000, email: bantochuc@laichau.vn.';
    const story = { ...STORIES[0]!, paragraphs: [...STORIES[0]!.paragraphs, contact] };
    const v = detectArticle(load(SHAPES.divSoup!(story)).document);
    expect(squashSpaces(buildArticleText(v.parts!).text)).toContain(contact);
  });
});
