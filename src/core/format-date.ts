/**
 * Dates as a person reads them: "25/10/2017" ("28/6/2025") in Vietnamese, "25 Oct 2017" in English. Takes
 * the glossary's ISO dates ("2017-10-25", "2017-10", "2017") and a date figure's values
 * ([day, month, year], [day, month], [month, year], [year]). Pure: no Intl, so the result is
 * the same in every browser and in Node.
 */

export type DateLang = 'vi' | 'en';

interface DateParts {
  day?: number;
  month?: number;
  year?: number;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/;

const isYear = (n: number | undefined): n is number => n !== undefined && n >= 1000 && n <= 9999;
const isMonth = (n: number | undefined): n is number => n !== undefined && n >= 1 && n <= 12;
const isDay = (n: number | undefined): n is number => n !== undefined && n >= 1 && n <= 31;

function partsOf(date: string | readonly number[]): DateParts | undefined {
  if (typeof date === 'string') {
    const m = ISO.exec(date.trim());
    if (m === null) return undefined;
    const parts: DateParts = { year: Number(m[1]) };
    if (m[2] !== undefined) parts.month = Number(m[2]);
    if (m[3] !== undefined) parts.day = Number(m[3]);
    return parts;
  }
  const [a, b, c] = date;
  if (date.length === 3) return { day: a, month: b, year: c };
  if (date.length === 2) return isYear(b) ? { month: a, year: b } : { day: a, month: b };
  if (date.length === 1) return isYear(a) ? { year: a } : { month: a };
  return undefined;
}

function valid(parts: DateParts): boolean {
  if (parts.year !== undefined && !isYear(parts.year)) return false;
  if (parts.month !== undefined && !isMonth(parts.month)) return false;
  if (parts.day !== undefined && (!isDay(parts.day) || parts.month === undefined)) return false;
  return parts.year !== undefined || parts.month !== undefined;
}

/** The date as a reader of `lang` writes it; the input as given when it is no date. */
export function formatDate(date: string | readonly number[], lang: DateLang): string {
  const parts = partsOf(date);
  if (parts === undefined || !valid(parts)) return typeof date === 'string' ? date : date.join('/');
  const { day, month, year } = parts;
  if (lang === 'en') {
    const name = month === undefined ? undefined : MONTHS_EN[month - 1];
    return [day, name, year].filter((part) => part !== undefined).join(' ');
  }
  // As Vietnamese papers print dates: day/month/year, no leading zeros.
  return [day, month, year].filter((part) => part !== undefined).join('/');
}
