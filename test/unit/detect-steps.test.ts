/**
 * Detection a walk at a time: the reader's first look hands the main thread back between the
 * walks, so the steps must be several, and must end in the verdict of a look in one go, for
 * articles and for the pages that are not.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { detectArticle, detectingArticle } from '../../src/page/article-detect.ts';
import { loadFixture, type LoadedPage } from '../fixtures/site/load-fixture.ts';

const open: LoadedPage[] = [];
afterEach(async () => {
  for (const page of open.splice(0)) await page.window.happyDOM.close();
});

describe('detection a step at a time', () => {
  it.each(['article-seed.html', 'article-old-layout.html', 'home.html', 'category.html', 'video.html'])(
    'reads %s in several steps and ends in the verdict of one look',
    (file) => {
      const page = loadFixture(file);
      open.push(page);
      const doc = page.document;
      const steps = detectingArticle(doc);
      let pauses = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) pauses++;
      expect(pauses).toBeGreaterThanOrEqual(3);
      const once = detectArticle(doc);
      expect(step.value.isArticle).toBe(once.isArticle);
      expect(step.value.reason).toEqual(once.reason);
      expect(step.value.parts?.body).toBe(once.parts?.body);
      expect(step.value.parts?.title).toBe(once.parts?.title);
    },
  );
});
