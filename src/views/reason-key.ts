/** The locale string that tells the reader why a page is not an article, per detection's reason code. */
import type { MessageKey } from '../i18n/messages.ts';

const REASON_KEYS: Record<string, MessageKey> = {
  'not-article:list-page': 'reason_list',
  'not-article:video': 'reason_video',
  'not-article:gallery': 'reason_gallery',
  'not-article:no-long-body': 'reason_no_body',
  'pending:body-not-loaded': 'reason_no_body',
};

export function reasonKey(code: string): MessageKey {
  return REASON_KEYS[code] ?? 'reason_other';
}
