/**
 * Terms and document codes of one text, found together.
 *
 * The text is normalized once and shared by both finders. Where a code and a term would overlap
 * the code wins, because a code is the more specific reading of those characters (a term
 * entry for "NQ" must not hide the code 18-NQ/TW). A code whose canonical form is some
 * entry's `code` carries that entry's id.
 */

import type { CodeMatch, TermMatch } from './analysis-types.ts';
import type { GlossaryEntry } from './glossary-schema.ts';
import { codeLookupKey, decodeDocumentCode, findDocumentCodeSpans } from './doc-codes.ts';
import { normalizeWithMap } from './normalize.ts';
import type { TermMatcher } from './term-matcher.ts';

export interface TextAnalysis {
  terms: TermMatch[];
  codes: CodeMatch[];
}

/** A lookup from a code (any spelling that decodes to the same canonical form) to an entry id. */
export function buildCodeIndex(
  glossary: readonly GlossaryEntry[],
): (canonical: string) => string | undefined {
  const index = new Map<string, string>();
  for (const entry of glossary) {
    if (entry.code === undefined) continue;
    const canonical = decodeDocumentCode(entry.code)?.canonical ?? entry.code;
    const key = codeLookupKey(canonical);
    if (!index.has(key)) index.set(key, entry.id);
  }
  return (canonical) => index.get(codeLookupKey(canonical));
}

const codeIndexes = new WeakMap<readonly GlossaryEntry[], (canonical: string) => string | undefined>();

export function analyzeText(
  text: string,
  matcher: TermMatcher,
  glossary: readonly GlossaryEntry[],
): TextAnalysis {
  let known = codeIndexes.get(glossary);
  if (known === undefined) {
    known = buildCodeIndex(glossary);
    codeIndexes.set(glossary, known);
  }
  const normalized = normalizeWithMap(text);
  const found = findDocumentCodeSpans(normalized, known);
  // Terms are matched around the codes rather than filtered afterwards, so that a longer
  // term reaching into a code ("Nghị quyết 18" before "18-NQ/TW") gives way to the shorter
  // one that does not ("Nghị quyết").
  const blocked = new Uint8Array(normalized.text.length);
  for (const code of found) blocked.fill(1, code.normalizedStart, code.normalizedEnd);
  const terms = matcher.findNormalized(normalized, blocked);
  return { terms, codes: found.map((code) => code.match) };
}
