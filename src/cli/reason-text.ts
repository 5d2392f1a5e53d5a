/**
 * The article verdict as readable lines for the command-line analyzer. In English the reason is
 * the detection's own sentence (the most precise one). In Vietnamese the popup's phrases are
 * used where it has them (not-article reasons); the verdicts the popup never explains (why a
 * page *is* an article, plain text, a body not loaded yet) have CLI-only wording here.
 */

import { t, type Lang, type MessageKey } from '../i18n/messages.ts';
import type { ArticleSummary, ReadingReason } from './read-article.ts';

/** The same mapping the popup uses for the reason line under "not an article". */
const POPUP_REASON_KEYS: Partial<Record<ReadingReason, MessageKey>> = {
  'not-article:list-page': 'reason_list',
  'not-article:video': 'reason_video',
  'not-article:gallery': 'reason_gallery',
  'not-article:no-long-body': 'reason_no_body',
};

const CLI_REASONS_VI: Partial<Record<ReadingReason, string>> = {
  'article:metadata': 'trang tự khai là bài báo và có thân bài đủ dài',
  'article:structure': 'có tiêu đề và một thân bài đủ dài',
  'pending:body-not-loaded':
    'trang tự khai là bài báo nhưng thân bài chưa có trong tệp (tệp không được chạy script)',
  'plain-text': 'văn bản thuần: cả tệp là bài báo',
};

function reasonPhrase(lang: Lang, article: ArticleSummary): string {
  if (lang === 'en') return article.reasonText;
  const key = POPUP_REASON_KEYS[article.reason];
  if (key !== undefined) return t(lang, key);
  return CLI_REASONS_VI[article.reason] ?? article.reasonText;
}

/** Two lines: the verdict (with the title for an article), then why, with the reason code. */
export function verdictLines(lang: Lang, article: ArticleSummary): string[] {
  const verdict = article.isArticle
    ? t(lang, 'popupArticle', article.title ?? '-')
    : t(lang, 'popupNotArticle');
  return [verdict, `${t(lang, 'popupWhy', reasonPhrase(lang, article))} [${article.reason}]`];
}
