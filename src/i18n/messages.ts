/**
 * Reader-facing strings come from the extension's _locales files, bundled here so the reader can
 * choose a language other than the browser's (browser.i18n.getMessage follows the browser only).
 */
import en from '../public/_locales/en/messages.json' with { type: 'json' };
import vi from '../public/_locales/vi/messages.json' with { type: 'json' };
import type { Category } from '../core/glossary-schema.ts';

import type { Lang } from './language.ts';

export type { Lang } from './language.ts';
export type MessageKey = keyof typeof vi & keyof typeof en;

const CATALOGS: Record<Lang, Record<string, { message: string }>> = { vi, en };

/** The message in `lang`, with $1…$9 replaced by the given values (values are plain text). */
export function t(lang: Lang, key: MessageKey, ...values: string[]): string {
  const message = CATALOGS[lang][key]?.message ?? CATALOGS.vi[key]?.message ?? key;
  return message.replace(/\$([1-9])/g, (whole, digit: string) => values[Number(digit) - 1] ?? whole);
}

export function categoryName(lang: Lang, category: Category): string {
  return t(lang, `category_${category.replaceAll('-', '_')}` as MessageKey);
}
