/** The verdict before the page has been looked at: nothing to mark yet, and the answer may change. */
import type { ArticleReason, ArticleVerdict } from './verdict.ts';

export function notYetLooked(): ArticleVerdict {
  const details = {
    metadata: 'none' as const,
    metadataSources: [],
    bodyChars: 0,
    bodyParagraphs: 0,
    headlineLinks: 0,
  };
  const reason: ArticleReason = {
    code: 'pending:body-not-loaded',
    message: 'The page has not been read yet.',
    details,
  };
  return { isArticle: false, mayChange: true, reason, confidence: 0 };
}
