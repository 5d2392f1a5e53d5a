/**
 * Decides whether a page is a news article and, if so, where its title, lead and body are.
 * Runs on any Document (a content script's page, or happy-dom in the command-line analyzer)
 * and only reads the DOM.
 *
 * Signals that survive a redesign, strongest first: a long body of prose paragraphs that is not
 * a list of teasers; page metadata (og:type, JSON-LD); a title heading before the body and a
 * date line near it. Menus, sidebars, related lists, comments and footers are set aside by
 * meaning (see detect/boilerplate.ts).
 */
import { findNonContent } from './detect/boilerplate.ts';
import { countHeadlineLinks, rankBodyCandidates, type BodyCandidate } from './detect/body-candidates.ts';
import { visibleText } from './detect/text-measure.ts';
import {
  declaredTitles,
  findAuthor,
  findCaptions,
  findDateLine,
  findLead,
  findTitle,
  precedes,
} from './detect/article-landmarks.ts';
import { readPageMetadata, type PageMetadata } from './detect/page-metadata.ts';

/**
 * Why the verdict is what it is. The popup shows a localized sentence per code; `message` is the
 * English fallback for logs and the command-line tool.
 * - article:metadata: the page says it is an article and has a body of prose.
 * - article:structure: no article metadata, but a title and a long body of prose.
 * - not-article:list-page: many teasers (home, category, tag, search pages).
 * - not-article:video: a video page with little text.
 * - not-article:no-long-body: no block of prose long enough for an article.
 * - pending:body-not-loaded: metadata says article but the body is not there yet; look again
 *   when the page changes.
 */
export type ArticleReasonCode =
  | 'article:metadata'
  | 'article:structure'
  | 'not-article:list-page'
  | 'not-article:video'
  | 'not-article:no-long-body'
  | 'pending:body-not-loaded';

export interface ArticleReason {
  code: ArticleReasonCode;
  message: string;
  details: {
    metadata: PageMetadata['kind'];
    metadataSources: string[];
    bodyChars: number;
    bodyParagraphs: number;
    headlineLinks: number;
  };
}

export interface ArticleParts {
  title?: Element;
  lead?: Element;
  body: Element;
  captions: Element[];
  author?: Element;
  date?: Element;
}

export interface ArticleVerdict {
  isArticle: boolean;
  /** True when the answer may change as the page loads more content (see pending code). */
  mayChange: boolean;
  reason: ArticleReason;
  title?: string;
  parts?: ArticleParts;
  /** 0..1, how sure the verdict is. */
  confidence?: number;
}

/** A body needs this much prose when the page's metadata already says "article"… */
const BODY_WITH_METADATA = { chars: 400, paragraphs: 2 };
/** …and more when only the page's structure speaks for it. */
const BODY_WITHOUT_METADATA = { chars: 800, paragraphs: 3 };
/** Headline links outside chrome and related lists above which a page is a list. */
const LIST_PAGE_LINKS = 8;

export function detectArticle(doc: Document, url?: string): ArticleVerdict {
  void url; // A URL's shape is a weak hint on this site; the page itself decides.
  const scope = doc.body ?? doc.documentElement;
  const meta = readPageMetadata(doc);
  const nonContent = findNonContent(scope);
  const candidates = rankBodyCandidates(scope, nonContent);
  const body = candidates.find((c) => !isListLike(c));
  const headlineLinks = countHeadlineLinks(scope, nonContent);

  const details: ArticleReason['details'] = {
    metadata: meta.kind,
    metadataSources: meta.sources,
    bodyChars: body?.proseChars ?? 0,
    bodyParagraphs: body?.paragraphs ?? 0,
    headlineLinks,
  };
  const reason = (code: ArticleReasonCode, message: string): ArticleReason => ({ code, message, details });

  const metaSaysArticle = meta.kind === 'article';
  const need = metaSaysArticle ? BODY_WITH_METADATA : BODY_WITHOUT_METADATA;
  const bodyIsLong =
    body !== undefined && body.proseChars >= need.chars && body.paragraphs >= need.paragraphs;
  // A list page with a long intro block: many teasers, few paragraphs, nothing saying "article".
  // Kept narrow on purpose: real article pages carry long sidebars of links.
  const listDominates =
    !metaSaysArticle && body !== undefined && headlineLinks >= 3 * LIST_PAGE_LINKS && body.paragraphs < 5;

  if (body && bodyIsLong && !listDominates) {
    const parts = locateParts(doc, scope, body.element, nonContent, meta);
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
    if (parts.title || body.proseChars >= 2 * need.chars) {
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

  if (meta.kind === 'video') {
    return verdict(
      false,
      false,
      reason('not-article:video', 'This is a video page with little text.'),
      undefined,
      undefined,
      0.9,
    );
  }
  if (headlineLinks >= LIST_PAGE_LINKS) {
    return verdict(
      false,
      false,
      reason('not-article:list-page', 'This page lists many articles; open one to read it.'),
      undefined,
      undefined,
      0.85,
    );
  }
  if (metaSaysArticle) {
    return verdict(
      false,
      true,
      reason('pending:body-not-loaded', 'The page says it is an article but its text has not loaded yet.'),
      meta.title,
      undefined,
      0.5,
    );
  }
  return verdict(
    false,
    true,
    reason('not-article:no-long-body', 'No block of article text was found on this page.'),
    undefined,
    undefined,
    0.6,
  );
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

/** A container of teasers: its children are mostly headline links. */
function isListLike(c: BodyCandidate): boolean {
  if (c.linkDensity >= 0.5) return true;
  return c.titleLinks >= 3 && c.titleLinks >= 0.5 * c.paragraphs;
}

function locateParts(
  doc: Document,
  scope: Element,
  body: Element,
  nonContent: Set<Element>,
  meta: PageMetadata,
): ArticleParts {
  const title = findTitle(doc, body, nonContent, declaredTitles(doc, meta.title));
  const parts: ArticleParts = { body, captions: findCaptions(body) };
  if (title) parts.title = title;
  const date = findDateLine(scope, title, body, nonContent);
  if (date) parts.date = date;
  const lead = findLead(scope, title, body, nonContent);
  if (lead) parts.lead = lead;
  const author = findAuthor(body);
  if (author) parts.author = author;
  return parts;
}

/**
 * The elements whose text is the article, in document order and without nesting: title, lead,
 * body. Captions and the author line are inside the body when the page has them there.
 */
export function articleContentRoots(parts: ArticleParts): Element[] {
  const roots: Element[] = [];
  for (const el of [parts.title, parts.lead, parts.body]) {
    if (!el) continue;
    if (roots.some((r) => r === el || r.contains(el))) continue;
    for (let i = roots.length - 1; i >= 0; i--) {
      const r = roots[i];
      if (r && el.contains(r)) roots.splice(i, 1);
    }
    roots.push(el);
  }
  return roots.sort((a, b) => (precedes(a, b) ? -1 : 1));
}

/** Non-content regions inside the article (related boxes, share bars, ads), for the text map. */
export function nonContentWithin(root: Element): Set<Element> {
  return findNonContent(root);
}
