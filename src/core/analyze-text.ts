/**
 * Terms and document codes of one text, found together.
 *
 * The text is normalized once and shared by both finders. Where a code and a term would overlap
 * the code wins, because a code is the more specific reading of those characters (a term
 * entry for "NQ" must not hide the code 18-NQ/TW). A code whose canonical form is some
 * entry's `code` carries that entry's id.
 */
import type { CodeMatch, TermMatch } from './analysis-types.ts';
import { findDocumentCodeSpans } from './doc-codes.ts';
import type { FormFilter, TermFinder } from './match-index.ts';
import { normalizeWithMap } from './normalize.ts';

export interface TextAnalysis {
  terms: TermMatch[];
  codes: CodeMatch[];
}

export function analyzeText(text: string, finder: TermFinder, allow?: FormFilter): TextAnalysis {
  const normalized = normalizeWithMap(text);
  const found = findDocumentCodeSpans(normalized, (canonical) => finder.entryForCode(canonical));
  const blocked = new Uint8Array(normalized.text.length);
  for (const code of found) blocked.fill(1, code.normalizedStart, code.normalizedEnd);
  const terms = finder.findNormalized(normalized, blocked, allow);
  return { terms, codes: found.map((code) => code.match) };
}
