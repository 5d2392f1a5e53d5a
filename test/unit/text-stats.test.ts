/**
 * The text amounts detection reads: measured a run of elements at a time, and, once regions are
 * set aside, taken from the full amounts wherever a region cannot change them. Both must give
 * exactly what measuring each element afresh, with nothing shared, gives.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { findNonContent } from '../../src/page/detect/boilerplate.ts';
import { allSteps } from '../../src/page/detect/steps.ts';
import { measureText } from '../../src/page/detect/text-measure.ts';
import { FILL_STEP, TextStats } from '../../src/page/detect/text-stats.ts';
import { loadFixture, type LoadedPage } from '../fixtures/site/load-fixture.ts';

const open: LoadedPage[] = [];
afterEach(async () => {
  for (const page of open.splice(0)) await page.window.happyDOM.close();
});

const PAGES = [
  'article-seed.html',
  'article-old-layout.html',
  'article-vendor.html',
  'home.html',
  'category.html',
];

describe('text stats', () => {
  it.each(PAGES)('measure every element of %s as a fresh measurement does, filled step by step', (file) => {
    const page = loadFixture(file);
    open.push(page);
    const body = page.document.body;
    const stats = TextStats.all();
    const steps = stats.filling(body);
    let pauses = 0;
    while (!steps.next().done) pauses++;
    const elements = Array.from(body.getElementsByTagName('*'));
    expect(pauses).toBe(Math.floor((elements.length - 1) / FILL_STEP) + 1);
    const fresh = TextStats.all();
    for (const el of elements) expect(stats.of(el)).toEqual(fresh.of(el));
    // And the amounts are the text's: a paragraph's as measured on its own.
    const p = body.querySelector('p');
    if (p) expect(stats.of(p)).toEqual(measureText(p));
  });

  it.each(PAGES)('without the regions set aside on %s, agree with measuring afresh around them', (file) => {
    const page = loadFixture(file);
    open.push(page);
    const body = page.document.body;
    const full = TextStats.all();
    allSteps(full.filling(body));
    const regions = findNonContent(body, full);
    expect(regions.size).toBeGreaterThan(0);
    const derived = TextStats.without(regions, full);
    const fresh = TextStats.without(regions);
    for (const el of Array.from(body.getElementsByTagName('*'))) expect(derived.of(el)).toEqual(fresh.of(el));
    // The body itself holds the regions: its amount is less than the full one.
    expect(derived.of(body).total).toBeLessThan(full.of(body).total);
  });
});
