/**
 * Decides whether a page is a news article and, if so, where its title, lead and body are.
 * Runs on any Document (a content script's page, or happy-dom in the command-line analyzer)
 * and only reads the DOM.
 *
 * Signals that survive a redesign, strongest first: a long body of prose paragraphs that is not
 * a list of teasers; page metadata (og:type, JSON-LD); a title (a heading, or a headline-like
 * line just before the body) and a date line near it. The page is read from its text and
 * structure, never its class names or layout: paragraphs are runs of text whatever markup holds
 * them (detect/prose-runs.ts), the body is the container they add up in, grown over sections,
 * figures and ads (detect/body-candidates.ts). Menus, sidebars, related lists, comments, ads
 * and imprints are set aside by meaning first (detect/boilerplate.ts).
 */
import { findingNonContent } from './detect/boilerplate.ts';
import {
  countHeadlineLinks,
  growBody,
  isListLike,
  readingProse,
  type ProseMap,
} from './detect/body-candidates.ts';
import { bodyAmount } from './detect/body-amount.ts';
import { visibleText } from './detect/text-measure.ts';
import { TextStats } from './detect/text-stats.ts';
import { findTitleLine } from './detect/title-line.ts';
import { hasVideoPlayer, isGallery } from './detect/page-media.ts';
import { looksLikeTeasers } from './detect/teaser-rhythm.ts';
import {
  declaredTitles,
  findAuthor,
  findCaptions,
  findDateLine,
  findDeclaredTitle,
  findHeadingTitle,
  findLead,
} from './detect/article-landmarks.ts';
import { readPageMetadata, type PageMetadata } from './detect/page-metadata.ts';
import { allSteps, type Steps } from './detect/steps.ts';
import type { ArticleParts, ArticleReason, ArticleReasonCode, ArticleVerdict } from './verdict.ts';

/** A body needs this much prose when the page's metadata already says "article"… */
const BODY_WITH_METADATA = { chars: 400, paragraphs: 2 };
/** …and more when only the page's structure speaks for it… */
const BODY_WITHOUT_METADATA = { chars: 800, paragraphs: 3 };
/** …unless a title and a date line frame it, as a short news item is framed. */
const SHORT_ITEM = { chars: 450, paragraphs: 3 };
/** Headline links outside chrome and related lists above which a page is a list. */
const LIST_PAGE_LINKS = 8;

/** What one look at the page found: shared by the verdict and by "annotate anyway". */
export interface PageReading {
  scope: Element;
  nonContent: Set<Element>;
  prose: ProseMap;
  body: Element | undefined;
}

function* readingPage(doc: Document): Steps<PageReading> {
  const scope = doc.body ?? doc.documentElement;
  const stats = TextStats.all();
  yield* stats.filling(scope);
  const nonContent = yield* findingNonContent(scope, stats);
  yield;
  const prose = yield* readingProse(scope, nonContent, TextStats.without(nonContent, stats));
  yield;
  const best = prose.candidates.find((c) => !isListLike(c));
  const body = best ? growBody(prose, best.element, nonContent) : undefined;
  return { scope, nonContent, prose, body };
}

export function readPage(doc: Document): PageReading {
  return allSteps(readingPage(doc));
}

export function detectArticle(doc: Document, url?: string): ArticleVerdict {
  void url; // A URL's shape is a weak hint on this site; the page itself decides.
  return allSteps(detectingArticle(doc));
}

/** detectArticle, a walk of the page at a time (see detect/steps.ts). */
export function* detectingArticle(doc: Document): Steps<ArticleVerdict> {
  const meta = readPageMetadata(doc);
  yield;
  const { scope, nonContent, prose, body } = yield* readingPage(doc);
  const amount = body ? bodyAmount(prose, body) : { chars: 0, paragraphs: 0 };
  const headlineLinks = countHeadlineLinks(scope, nonContent);
  yield;

  const details: ArticleReason['details'] = {
    metadata: meta.kind,
    metadataSources: meta.sources,
    bodyChars: amount.chars,
    bodyParagraphs: amount.paragraphs,
    headlineLinks,
  };
  const reason = (code: ArticleReasonCode, message: string): ArticleReason => ({ code, message, details });
  const no = (
    code: ArticleReasonCode,
    message: string,
    mayChange: boolean,
    confidence: number,
    title?: string,
  ) => verdict(false, mayChange, reason(code, message), title, undefined, confidence);

  const metaSaysArticle = meta.kind === 'article';
  const reaches = (need: { chars: number; paragraphs: number }): boolean =>
    amount.chars >= need.chars && amount.paragraphs >= need.paragraphs;
  // A list page with a long intro block: many teasers, few paragraphs, nothing saying "article".
  // Kept narrow on purpose: real article pages carry long sidebars of links.
  const listDominates =
    (!metaSaysArticle && headlineLinks >= 3 * LIST_PAGE_LINKS && amount.paragraphs < 5) ||
    (body !== undefined && looksLikeTeasers(prose, body));

  if (body && !listDominates && reaches(metaSaysArticle ? BODY_WITH_METADATA : SHORT_ITEM)) {
    const parts = yield* locatingParts(doc, scope, body, nonContent, meta, prose);
    const title = parts.title ? visibleText(parts.title) : declaredTitles(doc, meta.title)[0];
    if (metaSaysArticle) {
      return verdict(
        true,
        false,
        reason('article:metadata', 'The page declares itself an article and has a body of prose.'),
        title,
        parts,
        parts.title ? 0.95 : 0.85,
      );
    }
    const framed = parts.title !== undefined && (parts.date !== undefined || reaches(BODY_WITHOUT_METADATA));
    if (framed || (reaches(BODY_WITHOUT_METADATA) && amount.chars >= 2 * BODY_WITHOUT_METADATA.chars)) {
      const confidence = parts.title ? (parts.date ? 0.85 : 0.75) : 0.6;
      return verdict(
        true,
        false,
        reason('article:structure', 'A title and a long body of prose were found.'),
        title,
        parts,
        confidence,
      );
    }
  }

  if (meta.kind === 'video' || hasVideoPlayer(scope)) {
    return no('not-article:video', 'This is a video page with little text.', false, 0.9);
  }
  if (isGallery(prose, amount.chars)) {
    return no('not-article:gallery', 'This is a photo gallery: pictures with short captions.', false, 0.8);
  }
  if (headlineLinks >= LIST_PAGE_LINKS || listDominates) {
    return no('not-article:list-page', 'This page lists many articles; open one to read it.', false, 0.85);
  }
  if (metaSaysArticle) {
    return no(
      'pending:body-not-loaded',
      'The page says it is an article but its text has not loaded yet.',
      true,
      0.5,
      meta.title,
    );
  }
  return no('not-article:no-long-body', 'No block of article text was found on this page.', true, 0.6);
}

/** The verdict that makes the session mark `region` as if it were the article ("annotate anyway"). */
export function readerChosenVerdict(
  doc: Document,
  region: Element,
  nonContent: ReadonlySet<Element>,
): ArticleVerdict {
  const meta = readPageMetadata(doc);
  const details = {
    metadata: meta.kind,
    metadataSources: meta.sources,
    bodyChars: 0,
    bodyParagraphs: 0,
    headlineLinks: 0,
  };
  const reason: ArticleReason = {
    code: 'article:reader-chosen',
    message: "The reader asked to read this page's main text.",
    details,
  };
  const parts: ArticleParts = { body: region, captions: findCaptions(region), nonContent };
  return verdict(true, false, reason, declaredTitles(doc, meta.title)[0], parts, 1);
}

function verdict(
  isArticle: boolean,
  mayChange: boolean,
  reason: ArticleReason,
  title: string | undefined,
  parts: ArticleParts | undefined,
  confidence: number,
): ArticleVerdict {
  const v: ArticleVerdict = { isArticle, mayChange, reason, confidence };
  if (title) v.title = title;
  if (parts) v.parts = parts;
  return v;
}

/** The title, captions, date line, lead and author, a search at a time: each may walk the page. */
function* locatingParts(
  doc: Document,
  scope: Element,
  body: Element,
  nonContent: Set<Element>,
  meta: PageMetadata,
  prose: ProseMap,
): Steps<ArticleParts> {
  const declared = declaredTitles(doc, meta.title);
  const title =
    findHeadingTitle(doc, body, nonContent) ??
    findTitleLine(prose, body, declared) ??
    findDeclaredTitle(doc, body, nonContent, declared);
  yield;
  const parts: ArticleParts = { body, captions: findCaptions(body), nonContent };
  if (title) parts.title = title;
  yield;
  const date = findDateLine(scope, title, body, nonContent);
  if (date) parts.date = date;
  yield;
  const lead = findLead(scope, title, body, nonContent);
  if (lead) parts.lead = lead;
  const author = findAuthor(body);
  if (author) parts.author = author;
  return parts;
}
