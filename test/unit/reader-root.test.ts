// @vitest-environment happy-dom
/** The reader adds one element to a page, and only once it has something to show there. */
import { afterEach, describe, expect, it } from 'vitest';
import { createReaderRoot, ROOT_TAG } from '../../src/page/reader-root.ts';

afterEach(() => {
  for (const host of document.querySelectorAll(ROOT_TAG)) host.remove();
});

describe('the reader root', () => {
  it('adds nothing to the page until it is first needed', () => {
    const root = createReaderRoot(document, '.card { color: black }');
    expect(document.querySelectorAll(ROOT_TAG)).toHaveLength(0);
    expect(root.holds(document.body)).toBe(false);
    expect(root.holds(null)).toBe(false);
  });

  it('builds one host outside the body at first use, and knows what it holds', () => {
    const root = createReaderRoot(document, '');
    const inside = document.createElement('div');
    root.shadow.append(inside);
    expect(document.querySelectorAll(ROOT_TAG)).toHaveLength(1);
    expect(root.host.parentElement).toBe(document.documentElement);
    expect(root.host).toBe(document.querySelector(ROOT_TAG));
    expect(root.holds(root.host)).toBe(true);
    expect(root.holds(document.body)).toBe(false);
    root.announce('Đã mở thẻ');
    expect(document.querySelectorAll(ROOT_TAG)).toHaveLength(1);
    root.remove();
    expect(document.querySelectorAll(ROOT_TAG)).toHaveLength(0);
  });

  it('never comes back to a page once removed, even when a late card asks for it', () => {
    const root = createReaderRoot(document, '');
    root.remove();
    root.shadow.append(document.createElement('div'));
    root.announce('Thẻ đến muộn');
    expect(document.querySelectorAll(ROOT_TAG)).toHaveLength(0);
  });
});
