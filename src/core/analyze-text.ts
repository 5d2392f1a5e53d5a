/**
 * Terms and document codes of one text, found together.
 *
 * The text is normalized once and shared by both finders. Where a code and a term would overlap
 * the code wins, because a code is the more specific reading of those characters (a term
 * entry for "NQ" must not hide the code 18-NQ/TW). A code whose canonical form is some
 * entry's `code` carries that entry's id. Abbreviations the article defines for itself (learnt
 * beforehand from the whole article, see article-abbreviations.ts) are found last, where
 * neither a code nor a glossary term is.
 */
import type { CodeMatch, DefinedMatch, TermMatch } from './analysis-types.ts';
import { findDefinedUses, learnFromText, type ArticleAbbreviations } from './article-abbreviations.ts';
import { findDocumentCodeSpans } from './doc-codes.ts';
import type { FormFilter, TermFinder } from './match-index.ts';
import { normalizeWithMap } from './normalize.ts';

export interface TextAnalysis {
  terms: TermMatch[];
  codes: CodeMatch[];
  defined: DefinedMatch[];
}

export function analyzeText(
  text: string,
  finder: TermFinder,
  allow?: FormFilter,
  learnt?: ArticleAbbreviations,
): TextAnalysis {
  const normalized = normalizeWithMap(text);
  const found = findDocumentCodeSpans(normalized, (canonical) => finder.entryForCode(canonical));
  const blocked = new Uint8Array(normalized.text.length);
  for (const code of found) blocked.fill(1, code.normalizedStart, code.normalizedEnd);
  const terms = finder.findNormalized(normalized, blocked, allow);
  // Codes are blocked by unit; a glossary term wins over an overlapping use too.
  const defined = learnt?.size
    ? findDefinedUses(normalized, learnt, blocked).filter(
        (use) => !terms.some((term) => term.start < use.end && use.start < term.end),
      )
    : [];
  return { terms, codes: found.map((code) => code.match), defined };
}

/**
 * The abbreviations `text` defines that the glossary does not already know (its entry wins,
 * whatever the reader chose to mark).
 */
export function learnArticleAbbreviations(text: string, finder: TermFinder): ArticleAbbreviations {
  return learnFromText(text, (abbr) =>
    finder.find(abbr).some((match) => match.start === 0 && match.end === abbr.length),
  );
}
