/**
 * Detection in the background reads a snapshot of the page, not the page: on every page shape
 * and fixture, its verdict must be the one detection gives on the page itself, element for
 * element, for the article and for "annotate anyway". The snapshot DOM runs strict here: a read
 * of anything it does not offer fails the test.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { allSteps } from '../../src/page/detect/steps.ts';
import { snapshotDom } from '../../src/page/detect/snapshot-dom.ts';
import { pageVerdict } from '../../src/page/main-region.ts';
import { snapshotting } from '../../src/page/page-snapshot.ts';
import { buildArticleText } from '../../src/page/article-text.ts';
import { verdictFromWire, verdictToWire } from '../../src/page/verdict-wire.ts';
import { CHUNK_CHARS, parseDetectRequest, parseVerdictAnswer } from '../../src/messages/detect-messages.ts';
import { SHAPES } from '../fixtures/layouts/article-shapes.ts';
import { LIST_SHAPES } from '../fixtures/layouts/list-shapes.ts';
import { STORIES } from '../fixtures/layouts/stories.ts';
import { SEED } from './arbitraries.ts';
import { pourPage, tree } from './page-trees.ts';
import { SITE_DIR, loadFixture, loadHtml, type LoadedPage } from '../fixtures/site/load-fixture.ts';

const open: LoadedPage[] = [];
afterEach(async () => {
  for (const p of open.splice(0)) await p.window.happyDOM.close();
});

function both(page: LoadedPage, anyway: boolean): void {
  open.push(page);
  compare(page.document, anyway);
}

/** Compares the two readings of `doc`; true when they found an article (or a main region). */
function compare(doc: Document, anyway: boolean): boolean {
  const snapshot = allSteps(snapshotting(doc));
  const position = new Map<Node, number>(snapshot.nodes.map((node, i) => [node, i]));
  const direct = verdictToWire(pageVerdict(doc, anyway), (node) => position.get(node) ?? -1);
  // Across a message, as the browser would copy it.
  const chunks = JSON.parse(JSON.stringify(snapshot.chunks)) as typeof snapshot.chunks;
  for (const chunk of chunks)
    expect(parseDetectRequest({ type: 'detect-page', chunk, anyway })).toBeDefined();
  const dom = snapshotDom(chunks, true);
  const viaSnapshot = verdictToWire(pageVerdict(dom.document, anyway), dom.indexOf);
  expect(viaSnapshot).toEqual(direct);
  expect(parseVerdictAnswer(viaSnapshot)).toEqual(viaSnapshot);
  // …and back on the page, the same elements.
  const back = verdictFromWire(viaSnapshot, snapshot.nodes);
  expect(back).toBeDefined();
  expect(verdictToWire(back!, (node) => position.get(node) ?? -1)).toEqual(direct);
  // The article's text read from the snapshot is the page's, from the same text nodes (the
  // background's marks are taken on that ground).
  const snapshotParts = verdictFromWireOn(viaSnapshot, dom);
  if (back?.parts && snapshotParts?.parts) {
    const onPage = buildArticleText(back.parts);
    const inBackground = buildArticleText(snapshotParts.parts);
    expect(inBackground.text).toBe(onPage.text);
    expect(inBackground.segments.map((s) => dom.indexOf(s.node))).toEqual(
      onPage.segments.map((s) => position.get(s.node)),
    );
    return true;
  }
  expect(snapshotParts?.parts).toBeUndefined();
  return false;
}

/** The verdict's parts as elements of the snapshot DOM. */
function verdictFromWireOn(answer: ReturnType<typeof verdictToWire>, dom: ReturnType<typeof snapshotDom>) {
  const nodes: Node[] = [];
  for (let i = 0; ; i++) {
    const node = dom.nodeAt(i);
    if (!node) break;
    nodes.push(node);
  }
  return verdictFromWire(answer, nodes);
}

const FIXTURES = readdirSync(SITE_DIR).filter((file) => file.endsWith('.html'));

describe('the verdict on a snapshot is the verdict on the page', () => {
  it('covers the site fixtures', () => expect(FIXTURES.length).toBeGreaterThan(10));
  for (const file of FIXTURES) {
    for (const anyway of [false, true]) {
      it(`${file}${anyway ? ', annotate anyway' : ''}`, () => both(loadFixture(file), anyway));
    }
  }
  for (const [name, shape] of Object.entries(SHAPES)) {
    for (const story of STORIES) {
      it(`article shape ${name}: "${story.title.slice(0, 24)}…"`, () => both(loadHtml(shape(story)), false));
    }
  }
  for (const [name, shape] of Object.entries(LIST_SHAPES)) {
    for (const anyway of [false, true]) {
      it(`list shape ${name}${anyway ? ', annotate anyway' : ''}`, () => both(loadHtml(shape.html), anyway));
    }
  }
});

describe('the verdict on a snapshot of a random page', () => {
  it('is the verdict on the page, with the same text from the same nodes', () => {
    const page = loadHtml('<!doctype html><html><head></head><body></body></html>');
    open.push(page);
    const doc = page.document;
    let withText = 0;
    fc.assert(
      fc.property(
        fc.array(tree, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        fc.boolean(),
        (trees, says, anyway) => {
          pourPage(doc, trees, says);
          if (compare(doc, anyway)) withText += 1;
        },
      ),
      { numRuns: 150, seed: SEED },
    );
    // Enough of them had an article or a main region for the text to be compared.
    expect(withText).toBeGreaterThan(20);
  });
});

describe('the snapshot', () => {
  it('splits a long page into chunks of consecutive nodes', () => {
    const paragraph = `<p>${'Tỉnh đã làm mới 12 km đường giao thông nông thôn. '.repeat(40)}</p>`;
    const page = loadHtml(`<html><body><article>${paragraph.repeat(120)}</article></body></html>`);
    open.push(page);
    const { nodes, chunks } = allSteps(snapshotting(page.document));
    expect(chunks.length).toBeGreaterThan(2);
    let next = 0;
    for (const chunk of chunks) {
      expect(chunk.first).toBe(next);
      next += chunk.tags.length;
      expect(chunk.texts.reduce((n, t) => n + t.length, 0)).toBeLessThan(CHUNK_CHARS + 3000);
    }
    expect(next).toBe(nodes.length);
  });

  it('leaves out script and style code but keeps JSON-LD, and carries only the attributes detection reads', () => {
    const page = loadHtml(
      '<html><head><script>var secret = "mã";</script><style>p{color:red}</style>' +
        '<script type="application/ld+json">{"@type":"NewsArticle"}</script></head>' +
        '<body><p class="lead" data-tracking="x" onclick="y()">Tin</p></body></html>',
    );
    open.push(page);
    const [chunk] = allSteps(snapshotting(page.document)).chunks;
    expect(chunk!.texts).toEqual(['', '', '{"@type":"NewsArticle"}', 'Tin']);
    expect(chunk!.attrs).toEqual(['type', 'application/ld+json', 'class', 'lead']);
  });

  it('keeps comments as nodes between siblings, and matches rel without regard to case', () => {
    const page = loadHtml(
      '<html><body><p>Tin <!-- quảng cáo --> <b>mới</b></p><a rel="Author" href="/t">Lò Văn Hùng</a></body></html>',
    );
    open.push(page);
    const dom = snapshotDom(allSteps(snapshotting(page.document)).chunks, true);
    const p = dom.document.querySelector('p')!;
    expect(p.childNodes.length).toBe(page.document.querySelector('p')!.childNodes.length);
    expect(p.childNodes[1]?.nodeType).toBe(8);
    expect(p.textContent).toBe(page.document.querySelector('p')!.textContent);
    // As a browser matches it (HTML lists rel among the values selectors compare caselessly;
    // happy-dom does not).
    expect(dom.document.querySelector('[rel~="author"]')?.textContent).toBe('Lò Văn Hùng');
  });

  it('is refused when it is not a tree in document order', () => {
    const chunk = {
      first: 0,
      tags: ['html', 'body', 'p', 'div'],
      parents: [-1, 0, 1, 2],
      texts: [],
      attrAt: [],
      attrs: [],
    };
    expect(() => snapshotDom([chunk])).not.toThrow();
    expect(() => snapshotDom([{ ...chunk, parents: [-1, 0, 3, 1] }])).toThrow(/order|parent/);
    expect(() => snapshotDom([{ ...chunk, parents: [-1, 0, 1, 0], tags: ['html', '', 'p', 'div'] }])).toThrow(
      /texts|parent/,
    );
    expect(() => snapshotDom([{ ...chunk, first: 3 }])).toThrow(/out of place/);
    expect(() => snapshotDom([{ ...chunk, attrAt: [9], attrs: ['class', 'x'] }])).toThrow(/attribute/);
  });
});
