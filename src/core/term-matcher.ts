/**
 * Finds glossary terms in a text.
 *
 * Algorithm (and why): every term is normalized once (see normalize.ts) and inserted, one
 * lower-cased UTF-16 unit per edge, into a character trie. To scan a page, the text is
 * normalized once with its offset map, and from every position where a word may start the
 * trie is walked along the lower-cased text for as long as a path exists. Each walk stops
 * after at most (longest term) steps whatever the glossary's size, so the cost grows with
 * the text's length, not with glossary size × text length as a term-by-term search would.
 *
 * The walk is case-blind; the case rule is checked only when a walk reaches the end of a
 * term: characters that belong to an abbreviation token (BĐBP, P.V) must be equal as
 * written, others equal in any case. Keeping the trie case-blind means one walk serves both
 * kinds of token and an abbreviation does not need a second trie.
 *
 * Results are leftmost-longest and non-overlapping: at the leftmost position where any term
 * matches, the longest match is taken ("Bộ Chỉ huy BĐBP tỉnh" over "BĐBP"), and scanning
 * resumes after it. A match must begin and end on word boundaries: letters (with all their
 * diacritics) and digits on both sides of an edge mean the edge is inside a word.
 */

import type { TermMatch } from './analysis-types.ts';
import type { GlossaryEntry } from './glossary-schema.ts';
import { isWordCode } from './char-classes.ts';
import { isAbbreviationToken, lowerUnit, normalizeWithMap, toOriginalSpan } from './normalize.ts';
import type { NormalizedText } from './normalize.ts';

export interface TermMatcher {
  /** Matches in `text`, offsets into `text` itself. */
  find(text: string): TermMatch[];
  /**
   * The same, over text already normalized (so a caller can share one normalization).
   * `blocked` marks normalized units no match may cover (e.g. document codes, which win).
   */
  findNormalized(normalized: NormalizedText, blocked?: Uint8Array): TermMatch[];
}

/** One written form of an entry, as stored at the trie node where it ends. */
interface TermForm {
  id: string;
  /** The normalized term, case as written. */
  units: Uint16Array;
  /** Positions whose character must match exactly (they belong to an abbreviation token). */
  exact: Uint32Array;
}

interface TrieNode {
  next: Map<number, TrieNode> | undefined;
  forms: TermForm[] | undefined;
}

function newNode(): TrieNode {
  return { next: undefined, forms: undefined };
}

function prepareForm(id: string, term: string): TermForm | undefined {
  const text = normalizeWithMap(term).text.replace(/\n/g, ' ').trim();
  if (text.length === 0) return undefined;
  const units = new Uint16Array(text.length);
  const exact: number[] = [];
  let offset = 0;
  for (const token of text.split(' ')) {
    const abbreviation = isAbbreviationToken(token);
    for (let k = 0; k < token.length; k++) {
      units[offset + k] = token.charCodeAt(k);
      if (abbreviation) exact.push(offset + k);
    }
    offset += token.length;
    if (offset < text.length) units[offset++] = 0x20;
  }
  return { id, units, exact: Uint32Array.from(exact) };
}

function caseRuleHolds(form: TermForm, text: string, start: number): boolean {
  for (let k = 0; k < form.exact.length; k++) {
    const at = form.exact[k] ?? 0;
    if (text.charCodeAt(start + at) !== form.units[at]) return false;
  }
  return true;
}

export function buildTermMatcher(entries: readonly GlossaryEntry[]): TermMatcher {
  const root = newNode();
  const seen = new Set<string>();

  for (const entry of entries) {
    for (const term of entry.terms) {
      const form = prepareForm(entry.id, term);
      if (form === undefined) continue;
      // The same written form twice (in one entry or two) keeps the first; the schema test
      // rejects such collisions in the real glossary.
      const key = `${String.fromCharCode(...form.units)}\u0000${form.exact.join(',')}`;
      if (seen.has(key)) continue;
      seen.add(key);

      let node = root;
      for (let k = 0; k < form.units.length; k++) {
        const unit = lowerUnit(form.units[k] ?? 0);
        node.next ??= new Map();
        let child = node.next.get(unit);
        if (child === undefined) {
          child = newNode();
          node.next.set(unit, child);
        }
        node = child;
      }
      (node.forms ??= []).push(form);
    }
  }

  function findNormalized(normalized: NormalizedText, blocked?: Uint8Array): TermMatch[] {
    const text = normalized.text;
    const n = text.length;
    const lower = new Uint16Array(n);
    const word = new Uint8Array(n + 1);
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      lower[i] = lowerUnit(code);
      word[i] = isWordCode(code) ? 1 : 0;
    }

    const matches: TermMatch[] = [];
    const rootNext = root.next;
    if (rootNext === undefined) return matches;

    let i = 0;
    while (i < n) {
      // A match may start here only if this is not the inside of a word.
      if (i > 0 && word[i] === 1 && word[i - 1] === 1) {
        i++;
        continue;
      }
      if (blocked?.[i] === 1) {
        i++;
        continue;
      }
      let node = rootNext.get(lower[i] ?? 0);
      let bestEnd = -1;
      let bestId = '';
      let j = i + 1;
      while (node !== undefined) {
        if (node.forms !== undefined && !(word[j - 1] === 1 && word[j] === 1)) {
          for (const form of node.forms) {
            if (caseRuleHolds(form, text, i)) {
              bestEnd = j;
              bestId = form.id;
              break;
            }
          }
        }
        if (j >= n || node.next === undefined || blocked?.[j] === 1) break;
        node = node.next.get(lower[j] ?? 0);
        j++;
      }
      if (bestEnd < 0) {
        i++;
        continue;
      }
      const span = toOriginalSpan(normalized, i, bestEnd);
      matches.push({
        id: bestId,
        start: span.start,
        end: span.end,
        text: normalized.original.slice(span.start, span.end),
      });
      i = bestEnd;
    }
    return matches;
  }

  return {
    find: (text: string) => findNormalized(normalizeWithMap(text)),
    findNormalized,
  };
}
