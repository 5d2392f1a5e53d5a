/** The two languages the reader speaks, chosen without loading any catalogue. */
export type Lang = 'vi' | 'en';

/** Vietnamese for a Vietnamese browser, English otherwise. */
export function languageFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
