/**
 * What a page says of itself in <meta> tags: read in its head, and in its body when a stray
 * element in the head made the parser put the tags there.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readPageMetadata } from '../../src/page/detect/page-metadata.ts';
import { loadHtml, type LoadedPage } from '../fixtures/site/load-fixture.ts';

const open: LoadedPage[] = [];
afterEach(async () => {
  for (const page of open.splice(0)) await page.window.happyDOM.close();
});

const TITLE = 'Lai Châu đẩy mạnh chuyển đổi số trong cải cách hành chính';

function metadataOf(head: string, body: string): ReturnType<typeof readPageMetadata> {
  const page = loadHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  open.push(page);
  return readPageMetadata(page.document);
}

describe('readPageMetadata', () => {
  it('reads og:type and og:title in the head', () => {
    const meta = metadataOf(
      `<meta charset="utf-8"><meta property="og:type" content="article"><meta property="og:title" content="${TITLE}">`,
      '<p>Bài viết.</p>',
    );
    expect(meta.kind).toBe('article');
    expect(meta.sources).toContain('og:type=article');
    expect(meta.title).toBe(TITLE);
  });

  it('reads them in the body when the head holds other <meta> tags only', () => {
    const meta = metadataOf(
      '<meta charset="utf-8"><meta name="viewport" content="width=device-width">',
      `<meta property="og:type" content="article"><meta property="og:title" content="${TITLE}"><p>Bài viết.</p>`,
    );
    expect(meta.kind).toBe('article');
    expect(meta.title).toBe(TITLE);
  });

  it('says nothing of a page without them', () => {
    const meta = metadataOf('<meta charset="utf-8">', '<p>Bài viết.</p>');
    expect(meta.kind).toBe('none');
    expect(meta.title).toBeUndefined();
  });
});
