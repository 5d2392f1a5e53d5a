/**
 * Finds the article in the analyzer's input the way the extension finds it on a page: an HTML
 * file goes through the page layer's detection and text map (so offsets mean the same text the
 * extension analyses), a plain-text file is taken whole as the article.
 */

import { detectArticle } from '../page/article-detect.ts';
import type { ArticleReasonCode } from '../page/verdict.ts';
import { buildArticleText } from '../page/article-text.ts';
import type { InputText } from './read-input.ts';

export type ReadingReason = ArticleReasonCode | 'plain-text';

export interface ArticleSummary {
  isArticle: boolean;
  title: string | null;
  reason: ReadingReason;
  /** The detection's own sentence (English), for logs and scripts. */
  reasonText: string;
}

export interface ArticleReading {
  article: ArticleSummary;
  /** The text that is analysed; offsets index it. Empty when there is no article. */
  text: string;
}

const PLAIN_TEXT_REASON = 'Plain text: the whole file is the article.';

export async function readArticle(input: InputText): Promise<ArticleReading> {
  return input.kind === 'html' ? readHtmlArticle(input.text) : readPlainText(input.text);
}

function readPlainText(text: string): ArticleReading {
  const firstLine = text.split(/\r\n|[\n\r\u2028\u2029]/).find((line) => line.trim().length > 0);
  return {
    article: {
      isArticle: true,
      title: firstLine?.trim() ?? null,
      reason: 'plain-text',
      reasonText: PLAIN_TEXT_REASON,
    },
    text,
  };
}

async function readHtmlArticle(html: string): Promise<ArticleReading> {
  // happy-dom is loaded only for HTML, so plain text and error exits start fast.
  const { parseInertHtml } = await import('./inert-html.ts');
  const page = parseInertHtml(html);
  try {
    const verdict = detectArticle(page.document);
    const text = verdict.isArticle && verdict.parts ? buildArticleText(verdict.parts).text : '';
    return {
      article: {
        isArticle: verdict.isArticle && verdict.parts !== undefined,
        title: verdict.title ?? null,
        reason: verdict.reason.code,
        reasonText: verdict.reason.message,
      },
      text,
    };
  } finally {
    await page.close();
  }
}
