/**
 * "Annotate this page anyway": when detection finds no article, the reader may still ask for the
 * page's main text to be marked. That is the largest region of prose outside the page's chrome
 * (navigation, header, footer, asides, related lists): from the page's top, go down into the
 * child that holds most of the prose for as long as one child holds most of it. Pure over the
 * DOM, like detection, and from the same reading of the page.
 */
import { detectArticle, readPage, readerChosenVerdict } from './article-detect.ts';
import type { ArticleVerdict } from './verdict.ts';
import { findNonContent, isChrome } from './detect/boilerplate.ts';
import { readProse, type ProseMap } from './detect/body-candidates.ts';
import { elementChildren } from './detect/dom-kinds.ts';
import { isProse } from './detect/prose-runs.ts';
import { TextStats } from './detect/text-stats.ts';

/** A child holding this share of its parent's prose is where the prose is. */
const MOST = 0.7;

export interface MainRegion {
  region: Element;
  /** What the page's reading set aside inside it (menus, related boxes…), for the text map. */
  nonContent: ReadonlySet<Element>;
}

export function findMainRegion(doc: Document): MainRegion | undefined {
  const { scope, prose, nonContent } = readPage(doc);
  const region = densest(scope, prose);
  if (region) return { region, nonContent };
  // Detection set all the prose aside (a short text inside a long list of links): look again
  // with only the page's chrome set aside, and read the region on its own.
  const chrome = new Set<Element>();
  for (const el of Array.from(scope.getElementsByTagName('*'))) if (isChrome(el)) chrome.add(el);
  const wider = densest(scope, readProse(scope, chrome, TextStats.without(chrome)));
  return wider && { region: wider, nonContent: findNonContent(wider) };
}

function densest(scope: Element, prose: ProseMap): Element | undefined {
  const before: number[] = [0];
  for (const run of prose.runs)
    before.push((before[before.length - 1] ?? 0) + (isProse(run) ? run.chars : 0));
  const proseIn = (el: Element): number => {
    const span = prose.spans.get(el);
    return span ? (before[span.hi + 1] ?? 0) - (before[span.lo] ?? 0) : 0;
  };
  if (proseIn(scope) === 0) return undefined;
  let region = scope;
  for (;;) {
    const total = proseIn(region);
    const next = elementChildren(region).find((child) => proseIn(child) >= MOST * total);
    if (!next) return region;
    region = next;
  }
}

/** Detection's verdict, or, when the reader asked for it and the page has prose, its main text. */
export function pageVerdict(doc: Document, anyway: boolean): ArticleVerdict {
  const main = anyway ? findMainRegion(doc) : undefined;
  return main
    ? readerChosenVerdict(doc, main.region, main.nonContent)
    : detectArticle(doc, doc.location?.href);
}
