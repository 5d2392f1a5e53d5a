/** Median with its spread, the form every repeated browser figure is printed in. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  // An even count takes the mean of the two middle values, so 2 or 4 runs are not biased high.
  const median =
    sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0, runs: sorted.length };
}

/** "123.4 ms (min 110.2, max 140.9)" with the given number of decimals. */
export function formatSpread(spread: Spread, digits = 1, unit = 'ms'): string {
  if (spread.runs === 0) return 'n/a';
  return `${spread.median.toFixed(digits)} ${unit} (min ${spread.min.toFixed(digits)}, max ${spread.max.toFixed(digits)})`;
}
