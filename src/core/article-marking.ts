/**
 * Marks an article's text a slice at a time. Slices end at paragraph breaks, which no term or
 * code crosses, so slicing finds exactly what one pass would; it only lets the page take the
 * main thread back in between. The reader's choices (which kinds, which level, first only)
 * are applied here, once, for every caller. The abbreviations the article defines for itself
 * are learnt from the whole text first, so that a use in any slice (even one before the
 * definition, such as the title) is known.
 */
import { analyzeText, learnArticleAbbreviations } from './analyze-text.ts';
import type { Category, Level } from './glossary-schema.ts';
import type { FormFilter, TermFinder } from './match-index.ts';
import { buildMarks, firstOfEach, type Mark } from './marks.ts';
import type { MarkLevel } from './mark-levels.ts';
import { paragraphSlices } from './text-slices.ts';

/** The entry levels each setting shows: abbreviations are always shown. */
const SHOWN: Record<MarkLevel, readonly Level[]> = {
  abbreviations: ['abbreviation'],
  names: ['abbreviation', 'name'],
  everything: ['abbreviation', 'name', 'common'],
};

export interface MarkingChoices {
  firstOnly: boolean;
  categories: ReadonlySet<Category>;
  level: MarkLevel;
}

export function formFilter(choices: MarkingChoices): FormFilter {
  const levels = SHOWN[choices.level];
  return (category, level) => choices.categories.has(category) && levels.includes(level);
}

/** The marks of each slice of `text`, in order, offsets into the whole text (first an empty step). */
export function* markArticle(
  text: string,
  finder: TermFinder,
  choices: MarkingChoices,
  sliceChars: number,
): Generator<Mark[], void, undefined> {
  const allow = formFilter(choices);
  const seen = new Set<string>();
  const learnt = learnArticleAbbreviations(text, finder);
  // A pause point between reading the whole text and marking its first slice.
  yield [];
  const categoryOf = (id: string): Category | undefined => finder.categoryOf(id);
  for (const [start, end] of paragraphSlices(text, sliceChars)) {
    const found = analyzeText(text.slice(start, end), finder, allow, learnt);
    const shift = <T extends { start: number; end: number }>(match: T): T => ({
      ...match,
      start: match.start + start,
      end: match.end + start,
    });
    const shifted = {
      terms: found.terms.map(shift),
      codes: found.codes.map(shift),
      defined: found.defined.map(shift),
    };
    const marks = buildMarks(shifted, categoryOf, { firstOnly: false, categories: choices.categories });
    yield choices.firstOnly ? firstOfEach(marks, seen) : marks;
  }
}
