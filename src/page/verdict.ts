/**
 * What detection says about a page: whether it is an article, why, and where its parts are.
 * Types only, so that the page can hold a verdict made elsewhere (the background) without
 * carrying detection.
 */
import type { REASON_CODES } from '../messages/detect-messages.ts';

/**
 * Why the verdict is what it is. The popup shows a localized sentence per code; `message` is the
 * English fallback for logs and the command-line tool.
 * - article:metadata: the page says it is an article and has a body of prose.
 * - article:structure: no article metadata, but a title and a long body of prose.
 * - not-article:list-page: many teasers (home, category, tag, search pages).
 * - not-article:video: a video page with little text.
 * - not-article:gallery: photos with captions and little other text.
 * - not-article:no-long-body: no block of prose long enough for an article.
 * - article:reader-chosen: the reader asked to read the page's main text anyway.
 * - pending:body-not-loaded: metadata says article but the body is not there yet; look again
 *   when the page changes.
 */
/** What the page's metadata calls it (see detect/page-metadata.ts). */
export type MetadataKind = 'article' | 'video' | 'other' | 'none';

export type ArticleReasonCode = (typeof REASON_CODES)[number];

export interface ArticleReason {
  code: ArticleReasonCode;
  message: string;
  details: {
    metadata: MetadataKind;
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
  /** The regions detection set aside on the page (menus, related boxes…), reused by the text map. */
  nonContent: ReadonlySet<Element>;
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
