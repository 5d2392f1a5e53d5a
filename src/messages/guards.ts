/** Small run-time checks for data that crosses a process boundary: nothing received is trusted. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isString(value: unknown, maxLength = 10_000): value is string {
  return typeof value === 'string' && value.length <= maxLength;
}

export function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 1e9;
}

export function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

export function isArrayOf<T>(
  value: unknown,
  item: (x: unknown) => x is T,
  maxLength = 100_000,
): value is T[] {
  return Array.isArray(value) && value.length <= maxLength && value.every(item);
}

export function hasOnlyKeys(value: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(value).every((key) => allowed.includes(key));
}
