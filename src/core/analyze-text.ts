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
import { normalizeWithMap, type NormalizedText } from './normalize.ts';

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
  const defined =
    learnt && learnt.size > 0
      ? findDefinedUses(normalized, learnt, termUnits(normalized, terms, blocked))
      : [];
  return { terms, codes: found.map((code) => code.match), defined };
}

/** `blocked` with the units of the terms found added (term offsets are original ones). */
function termUnits(normalized: NormalizedText, terms: readonly TermMatch[], blocked: Uint8Array): Uint8Array {
  if (terms.length === 0) return blocked;
  const out = blocked.slice();
  const { starts, ends } = normalized;
  let k = 0;
  for (const term of terms) {
    while (k < starts.length && (ends[k] ?? 0) <= term.start) k++;
    for (let u = k; u < starts.length && (starts[u] ?? 0) < term.end; u++) out[u] = 1;
  }
  return out;
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
