/** Roman numerals as written in "khóa XII", "lần thứ XIII", "quý IV". */

const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const DIGITS: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** The value of a well-formed upper-case Roman numeral, or undefined. */
export function romanValue(numeral: string): number | undefined {
  if (numeral.length === 0 || !ROMAN.test(numeral)) return undefined;
  let total = 0;
  for (let i = 0; i < numeral.length; i += 1) {
    const current = DIGITS[numeral.charAt(i)] ?? 0;
    const next = DIGITS[numeral.charAt(i + 1)] ?? 0;
    total += current < next ? -current : current;
  }
  return total;
}
