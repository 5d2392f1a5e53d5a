/** Dates as a reader writes them: 25/10/2017 in Vietnamese, 25 Oct 2017 in English. */
import type { Lang } from './language.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatIsoDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return iso;
  return lang === 'vi' ? `${day}/${month}/${year}` : `${day} ${MONTHS[month - 1]} ${year}`;
}
