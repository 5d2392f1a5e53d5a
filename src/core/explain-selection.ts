/**
 * What a reader's selection holds that the reader can explain: glossary terms (each once, with
 * how often), document codes (decoded, known or not), abbreviations the selection itself
 * defines, and figures. Pure: the panel runs it on the text the context menu handed over.
 */
import type { CodeMatch, Figure } from './analysis-types.ts';
import { analyzeText } from './analyze-text.ts';
import { extractFigures } from './figures/extract-figures.ts';
import type { TermFinder } from './match-index.ts';

/** The most of a selection that is read; a selection is a few sentences, not a book. */
export const SELECTION_LIMIT = 20_000;

/** An abbreviation the text defines, "Bộ đội Biên phòng (BĐBP)". */
export interface DefinedAbbreviation {
  short: string;
  long: string;
}

/**
 * Hook for the article-abbreviations reader (src/core/article-abbreviations.ts, written
 * elsewhere): until it is wired in, the panel passes none and the section stays empty.
 */
export type AbbreviationReader = (text: string) => DefinedAbbreviation[];

export interface SelectionExplanation {
  text: string;
  terms: Array<{ id: string; written: string; count: number }>;
  codes: CodeMatch[];
  abbreviations: DefinedAbbreviation[];
  figures: Figure[];
}

export function explainSelection(
  selection: string,
  finder: TermFinder,
  readAbbreviations?: AbbreviationReader,
): SelectionExplanation {
  const text = selection.slice(0, SELECTION_LIMIT);
  const { terms, codes } = analyzeText(text, finder);
  const counted = new Map<string, { id: string; written: string; count: number }>();
  for (const term of terms) {
    const seen = counted.get(term.id);
    if (seen) seen.count++;
    else counted.set(term.id, { id: term.id, written: term.text, count: 1 });
  }
  const uniqueCodes = new Map<string, CodeMatch>();
  for (const code of codes)
    if (!uniqueCodes.has(code.decoded.canonical)) uniqueCodes.set(code.decoded.canonical, code);
  return {
    text,
    terms: [...counted.values()],
    codes: [...uniqueCodes.values()],
    abbreviations: readAbbreviations?.(text) ?? [],
    figures: extractFigures(text),
  };
}
