/**
 * The bench's long article: the seed fixture page with its body paragraphs repeated, so the
 * page is the same site, furniture and metadata, only the article is n times longer.
 */
import { readFileSync } from 'node:fs';
import { pathOf } from '../e2e/fixture-paths.ts';

const SEED_PAGE = new URL('../fixtures/site/article-seed.html', import.meta.url);
const BODY_OPEN = '<div class="lc-story__text">';

/** How many times the bench repeats the seed: long enough that marking must be sliced by time. */
export const LONG_ARTICLE_TIMES = 50;

export interface LongArticle {
  /** Site path the page is served at (next to the seed's, so it reads as the same section). */
  path: string;
  html: string;
  /** How many <p> elements the body holds, before and after repeating. */
  paragraphs: { seed: number; long: number };
}

/**
 * Every paragraph of the article body `times` times over (figures and the byline stay once).
 * Fails loudly if the fixture's markup changed, rather than benchmarking the wrong page.
 */
export function longArticle(times: number): LongArticle {
  const page = readFileSync(SEED_PAGE, 'utf8');
  const open = page.indexOf(BODY_OPEN);
  const close = open === -1 ? -1 : page.indexOf('</article>', open);
  if (open === -1 || close === -1) {
    throw new Error(
      `article-seed.html no longer has ${BODY_OPEN} inside <article>: update test/bench/long-article.ts`,
    );
  }
  const bodyStart = open + BODY_OPEN.length;
  const body = page.slice(bodyStart, close);
  const paragraphs = [...body.matchAll(/<p(?:\s[^>]*)?>[\s\S]*?<\/p>/g)]
    .map((m) => m[0])
    .filter((p) => !p.includes('lc-story__byline'));
  if (paragraphs.length === 0) throw new Error('no paragraphs found in the seed article body');
  // times - 1 copies before the original body (which keeps its figures and byline): times in all.
  const repeated = Array.from({ length: times - 1 }, () => paragraphs.join('\n')).join('\n');
  const html = `${page.slice(0, bodyStart)}\n${repeated}\n${page.slice(bodyStart)}`;
  const seedPath = pathOf('article-seed.html');
  return {
    path: `${seedPath}-bench-${times}x`,
    html,
    paragraphs: { seed: paragraphs.length, long: paragraphs.length * times },
  };
}
