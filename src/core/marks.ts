/**
 * The marks a page shows: one list, in reading order, of the glossary terms, document codes and
 * abbreviations the article defines for itself, found in the article text. Pure, so the keyboard walk, hit-testing and the popup's lists all
 * agree on what is marked and in what order.
 */
import type { CodeMatch, DefinedMatch, TermMatch } from './analysis-types.ts';
import type { Category } from './glossary-schema.ts';

export type Mark =
  | { kind: 'term'; start: number; end: number; text: string; entryId: string }
  | {
      kind: 'code';
      start: number;
      end: number;
      text: string;
      /** The code in its one written form, so that two spellings of one document are one mark. */
      canonical: string;
      /** The glossary's entry for this document, when it has one. */
      entryId: string | null;
    }
  | { kind: 'defined'; start: number; end: number; text: string; abbr: string; expansion: string };

export interface MarkFilter {
  /** Only the first occurrence of each entry (or code) in the article. */
  firstOnly: boolean;
  /** Categories to mark; codes are marked when 'party-document' or 'state-document' is on. */
  categories: ReadonlySet<Category>;
}

function codeAllowed(code: CodeMatch, categories: ReadonlySet<Category>): boolean {
  return categories.has(code.decoded.system === 'party' ? 'party-document' : 'state-document');
}

export function buildMarks(
  found: { terms: readonly TermMatch[]; codes: readonly CodeMatch[]; defined?: readonly DefinedMatch[] },
  categoryOf: (entryId: string) => Category | undefined,
  filter: MarkFilter,
): Mark[] {
  const marks: Mark[] = [];
  for (const term of found.terms) {
    const category = categoryOf(term.id);
    if (category !== undefined && filter.categories.has(category)) {
      marks.push({ kind: 'term', start: term.start, end: term.end, text: term.text, entryId: term.id });
    }
  }
  for (const code of found.codes) {
    if (codeAllowed(code, filter.categories)) {
      const { start, end, text, decoded } = code;
      marks.push({
        kind: 'code',
        start,
        end,
        text,
        canonical: decoded.canonical,
        entryId: code.entryId ?? null,
      });
    }
  }
  // Defined in the article: shown whatever the categories, like the abbreviations they are.
  for (const use of found.defined ?? []) {
    const { start, end, text, abbr, expansion } = use;
    marks.push({ kind: 'defined', start, end, text, abbr, expansion });
  }
  marks.sort((a, b) => a.start - b.start);
  return filter.firstOnly ? firstOfEach(marks, new Set()) : marks;
}

/**
 * The first-only rule: keeps a mark only if nothing in `seen` has its key yet, and records the
 * keys it keeps, so that the same set carried across the slices of one article applies the
 * rule to the article as a whole.
 */
export function firstOfEach(marks: readonly Mark[], seen: Set<string>): Mark[] {
  return marks.filter((mark) => {
    const key = markKey(mark);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What makes two marks "the same thing": the entry, the canonical code, or the abbreviation. */
export function markKey(mark: Mark): string {
  if (mark.kind === 'term') return `term:${mark.entryId}`;
  return mark.kind === 'code' ? `code:${mark.canonical}` : `defined:${mark.abbr}`;
}

/** Index of the first mark whose end is after `offset` (binary search over sorted marks). */
function firstEndingAfter(marks: readonly Mark[], offset: number): number {
  let low = 0;
  let high = marks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((marks[mid]?.end ?? 0) <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The mark covering the character at `offset`, if any. */
export function markAt(marks: readonly Mark[], offset: number): Mark | undefined {
  const mark = marks[firstEndingAfter(marks, offset)];
  return mark && mark.start <= offset ? mark : undefined;
}

/**
 * The next (or previous) mark in reading order from the current one; from nothing, the first
 * (or last). Wraps around, as a reader walking an article expects.
 */
export function stepMark(
  marks: readonly Mark[],
  current: Mark | undefined,
  direction: 1 | -1,
): Mark | undefined {
  if (marks.length === 0) return undefined;
  if (!current) return direction === 1 ? marks[0] : marks[marks.length - 1];
  const index = marks.findIndex((m) => m.start === current.start && m.end === current.end);
  const from = index === -1 ? firstEndingAfter(marks, current.start) - (direction === 1 ? 1 : 0) : index;
  return marks[(from + direction + marks.length) % marks.length];
}

export interface MarkCount {
  key: string;
  mark: Mark;
  count: number;
}

/** Each distinct term or code with how often it occurs, in order of first occurrence. */
export function countMarks(marks: readonly Mark[]): MarkCount[] {
  const counts = new Map<string, MarkCount>();
  for (const mark of marks) {
    const key = markKey(mark);
    const known = counts.get(key);
    if (known) known.count++;
    else counts.set(key, { key, mark, count: 1 });
  }
  return [...counts.values()];
}
