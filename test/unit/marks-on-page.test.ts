/**
 * How the page shows an article's marks: all of them when they are few, and for a long article
 * only those whose paragraph is near the viewport, the others as the reader scrolls to them,
 * without losing any mark for the walk, the hit test or the report.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Mark } from '../../src/core/marks.ts';
import { buildArticleText } from '../../src/page/article-text.ts';
import { DRAW_ALL_UP_TO, MarksOnPage, marksByElement } from '../../src/page/marks-on-page.ts';
import { intersectionWatch, type NearViewWatch } from '../../src/page/near-view.ts';
import { termName } from '../../src/page/highlight-painter.ts';
import { loadHtml, type LoadedPage } from '../fixtures/site/load-fixture.ts';

beforeAll(() => {
  const scope = globalThis as unknown as Record<string, unknown>;
  scope.Highlight ??= class extends Set<Range> {};
  scope.CSS ??= { highlights: new Map() };
});

const open: LoadedPage[] = [];
afterEach(async () => {
  for (const page of open.splice(0)) await page.window.happyDOM.close();
});

const SENTENCE = 'UBND tỉnh chỉ đạo BĐBP tỉnh phối hợp với UBND xã tuần tra biên giới.';

/** An article of `paragraphs` paragraphs, each marked at its two "UBND". */
function article(paragraphs: number): { page: LoadedPage; marks: Mark[]; body: Element } {
  const html = `<article>${Array.from({ length: paragraphs }, () => `<p>${SENTENCE}</p>`).join('')}</article>`;
  const page = loadHtml(`<html><body>${html}</body></html>`);
  open.push(page);
  const body = page.document.querySelector('article')!;
  const { text } = buildArticleText([body]);
  const marks: Mark[] = [];
  for (const found of text.matchAll(/UBND/g)) {
    const start = found.index;
    marks.push({ kind: 'term', start, end: start + 4, text: 'UBND', entryId: 'ubnd' });
  }
  return { page, marks, body };
}

/** A near-view watcher the test drives: it says which elements come near and go. */
function drivenWatch(): {
  watch: NearViewWatch;
  watched: () => Element[];
  say: (near: Element[], far: Element[]) => void;
  stopped: () => boolean;
} {
  let elements: Element[] = [];
  let tell: ((near: Element[], far: Element[]) => void) | undefined;
  let stopped = false;
  const watch: NearViewWatch = (targets, onChange) => {
    elements = [...targets];
    tell = onChange;
    return () => {
      stopped = true;
    };
  };
  return { watch, watched: () => elements, say: (near, far) => tell?.(near, far), stopped: () => stopped };
}

const drawn = (): Range[] => [...((CSS.highlights.get(termName('dotted')) as Set<Range> | undefined) ?? [])];

describe('the marks an article shows', () => {
  it('draws every mark of an article with few of them, at once', () => {
    const { page, marks, body } = article(10);
    const driven = drivenWatch();
    const onPage = new MarksOnPage(page.document, driven.watch);
    onPage.drawMarks(buildArticleText([body]), marks);
    expect(marks.length).toBe(20);
    expect(drawn().map((r) => r.toString())).toEqual(marks.map(() => 'UBND'));
    expect(driven.watched()).toEqual([]);
  });

  it('draws a long article only where the reader is, and the rest as it comes near', () => {
    const paragraphs = DRAW_ALL_UP_TO; // two marks each: twice the limit
    const { page, marks, body } = article(paragraphs);
    const driven = drivenWatch();
    const onPage = new MarksOnPage(page.document, driven.watch);
    onPage.drawMarks(buildArticleText([body]), marks);
    const ps = [...body.querySelectorAll('p')];
    expect(driven.watched()).toEqual(ps);
    expect(drawn()).toEqual([]);
    // Every mark is known although none is drawn yet.
    expect(onPage.size).toBe(2 * paragraphs);

    driven.say(ps.slice(0, 3), ps.slice(3));
    expect(drawn().length).toBe(6);
    expect(drawn().every((r) => ps.slice(0, 3).some((p) => p.contains(r.startContainer)))).toBe(true);

    // The reader scrolls to the end: the top goes, the end comes.
    driven.say(ps.slice(-2), ps.slice(0, 3));
    expect(drawn().length).toBe(4);
    expect(drawn().every((r) => ps.slice(-2).some((p) => p.contains(r.startContainer)))).toBe(true);
    expect(drawn().map((r) => r.toString())).toEqual(['UBND', 'UBND', 'UBND', 'UBND']);

    // A mark far from the view still has its range, and a drawn range its mark.
    const far = onPage.marks[10]!;
    expect(onPage.rangeOf(far)?.toString()).toBe('UBND');
    expect(onPage.markOf(drawn()[0]!)).toBe(onPage.marks[onPage.size - 4]);
    // A mark of another pass, with offsets of another text, gets no range here.
    expect(onPage.rangeOf({ ...far })).toBeUndefined();
  });

  it('groups a long article’s marks a run at a time, and watches only once all are grouped', () => {
    const paragraphs = 3 * DRAW_ALL_UP_TO; // 2,400 marks
    const { page, marks, body } = article(paragraphs);
    const driven = drivenWatch();
    const onPage = new MarksOnPage(page.document, driven.watch);
    const steps = onPage.drawingMarks(buildArticleText([body]), marks);
    let pauses = 0;
    while (!steps.next().done) {
      pauses++;
      expect(driven.watched()).toEqual([]);
    }
    expect(pauses).toBe(Math.floor(marks.length / 500));
    expect(driven.watched().length).toBe(paragraphs);
    // Steps a newer pass cut short leave nothing watched.
    const other = drivenWatch();
    const cut = new MarksOnPage(page.document, other.watch);
    const halfway = cut.drawingMarks(buildArticleText([body]), marks);
    halfway.next();
    cut.forget();
    while (!halfway.next().done);
    expect(other.watched()).toEqual([]);
  });

  it('stops watching when the marks are replaced or taken down, and a late word changes nothing', () => {
    const { page, marks, body } = article(DRAW_ALL_UP_TO);
    const driven = drivenWatch();
    const onPage = new MarksOnPage(page.document, driven.watch);
    onPage.drawMarks(buildArticleText([body]), marks);
    const ps = [...body.querySelectorAll('p')];
    onPage.forget();
    expect(driven.stopped()).toBe(true);
    driven.say(ps, []);
    expect(drawn()).toEqual([]);
    expect(onPage.size).toBe(0);
  });

  it('registers its highlight once, and empties and refills it for each pass', () => {
    const { page, marks, body } = article(10);
    const onPage = new MarksOnPage(page.document, undefined);
    const at = buildArticleText([body]);
    onPage.drawMarks(at, marks);
    const registered = CSS.highlights.get(termName('dotted'));
    onPage.forget();
    expect(drawn()).toEqual([]);
    onPage.drawMarks(at, marks.slice(0, 3));
    expect(CSS.highlights.get(termName('dotted'))).toBe(registered);
    expect(drawn().length).toBe(3);
  });

  it('draws everything where the browser cannot say what is near the view', () => {
    const { page, marks, body } = article(DRAW_ALL_UP_TO);
    const onPage = new MarksOnPage(page.document, undefined);
    onPage.drawMarks(buildArticleText([body]), marks);
    expect(drawn().length).toBe(marks.length);
  });
});

describe('marksByElement', () => {
  it('groups marks by the element their first character is in, in reading order', () => {
    const page = loadHtml(
      '<html><body><article><p>Ban <b>Chỉ huy</b> Quân sự</p><p>UBND xã</p></article></body></html>',
    );
    open.push(page);
    const body = page.document.querySelector('article')!;
    const at = buildArticleText([body]);
    const chiHuy = at.text.indexOf('Chỉ');
    const ubnd = at.text.indexOf('UBND');
    const mark = (start: number, end: number): Mark => ({
      kind: 'code',
      start,
      end,
      text: at.text.slice(start, end),
      canonical: '',
      entryId: null,
    });
    const marks = [mark(0, chiHuy + 7), mark(chiHuy, chiHuy + 7), mark(ubnd, ubnd + 4)];
    const groups = marksByElement(at, marks);
    expect([...groups.keys()].map((el) => el.tagName.toLowerCase())).toEqual(['p', 'b', 'p']);
    expect([...groups.values()].map((g) => g.length)).toEqual([1, 1, 1]);
  });
});

describe('intersectionWatch', () => {
  it('watches one viewport above and below, and counts an element without a box as near', () => {
    const scope = globalThis as unknown as Record<string, unknown>;
    const made: Array<{
      callback: (entries: unknown[]) => void;
      options: { rootMargin?: string };
      watched: Element[];
      stopped: boolean;
    }> = [];
    scope.IntersectionObserver = class {
      watched: Element[] = [];
      stopped = false;
      constructor(
        public callback: (entries: unknown[]) => void,
        public options: { rootMargin?: string },
      ) {
        made.push(this);
      }
      observe(el: Element): void {
        this.watched.push(el);
      }
      disconnect(): void {
        this.stopped = true;
      }
    };
    try {
      const page = loadHtml('<html><body><p>UBND</p><p>HĐND</p><div>MTTQ</div></body></html>');
      open.push(page);
      const [a, b, c] = [...page.document.body.children];
      const seen: Array<[Element[], Element[]]> = [];
      const stop = intersectionWatch()!([a!, b!, c!], (near, far) => seen.push([near, far]));
      const observer = made[0]!;
      expect(observer.options.rootMargin).toBe('100% 0px');
      expect(observer.watched).toEqual([a, b, c]);
      const box = (width: number, height: number) => ({ width, height });
      observer.callback([
        { target: a, isIntersecting: true, boundingClientRect: box(300, 20) },
        { target: b, isIntersecting: false, boundingClientRect: box(300, 20) },
        { target: c, isIntersecting: false, boundingClientRect: box(0, 0) },
      ]);
      expect(seen).toEqual([[[a, c], [b]]]);
      stop();
      expect(observer.stopped).toBe(true);
    } finally {
      delete scope.IntersectionObserver;
    }
  });

  it('is missing where the browser has no IntersectionObserver', () => {
    expect(intersectionWatch()).toBeUndefined();
  });
});
