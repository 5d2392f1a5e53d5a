/**
 * Which glossary entries are due for a re-check: those whose facts were last checked more than
 * a given number of days before today. "Today" is a parameter so that a test can fix it.
 */

import type { GlossaryEntry } from '../core/glossary-schema.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface StaleEntry {
  readonly entry: GlossaryEntry;
  /** Whole days between the entry's `checked` date and today. */
  readonly age: number;
}

function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

/** Today's date in UTC, as the ISO date the glossary uses. */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Entries checked more than `maxAge` days before `today` (an ISO date), oldest first. */
export function staleEntries(
  glossary: readonly GlossaryEntry[],
  maxAge: number,
  today: string,
): StaleEntry[] {
  const now = dayNumber(today);
  return glossary
    .map((entry) => ({ entry, age: now - dayNumber(entry.checked) }))
    .filter((stale) => stale.age > maxAge)
    .sort((a, b) => b.age - a.age);
}
