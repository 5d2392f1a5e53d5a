/**
 * The glossary's rules beyond the schema of one entry (src/core/glossary-schema.ts): what an
 * entry must satisfy given its file, its sources and today, and what the entries must satisfy
 * together. Each returns readable problems, so a failing test says what to fix.
 */

import type { GlossaryEntry } from '../../src/core/glossary-schema.ts';
import { codeLookupKey, decodeDocumentCode } from '../../src/core/doc-codes.ts';
import { termKey } from '../../src/core/normalize.ts';
import { fileCategory } from '../../src/glossary/assemble-glossary.ts';
import { sourcesProblems } from '../../src/glossary/source-rules.ts';

/**
 * How an unverified entry says so in its own words, so that the card can show the text as
 * is: both long explanations carry the marker, and verified entries never do (otherwise the
 * marker would mean nothing).
 */
export const UNVERIFIED_MARKER = { vi: 'chưa kiểm chứng', en: 'not verified' } as const;

/** Problems of one entry (already valid for the schema) in the file it was found in. */
export function entryRuleProblems(entry: GlossaryEntry, fileName: string, today: string): string[] {
  const problems: string[] = [];
  const say = (message: string): void => void problems.push(message);

  const category = fileCategory(fileName);
  if (category !== entry.category) say(`category ${entry.category} does not live in ${fileName}`);

  const keys = new Set<string>();
  for (const term of entry.terms) {
    if (keys.has(termKey(term))) say(`term "${term}" is repeated`);
    keys.add(termKey(term));
  }

  // A Vietnamese explanation without a single non-ASCII letter has lost its diacritics.
  if (![...entry.vi.long].some((ch) => ch.charCodeAt(0) > 0x7f)) say('vi.long has no Vietnamese diacritics');

  const viLong = entry.vi.long.toLowerCase();
  const enLong = entry.en.long.toLowerCase();
  const marked = viLong.includes(UNVERIFIED_MARKER.vi) && enLong.includes(UNVERIFIED_MARKER.en);
  const anyMark = viLong.includes(UNVERIFIED_MARKER.vi) || enLong.includes(UNVERIFIED_MARKER.en);
  if (!entry.verified && !marked) say('unverified entry must say so in vi.long and en.long');
  if (entry.verified && anyMark) say('verified entry carries the unverified marker');

  if (entry.related !== undefined) {
    if (new Set(entry.related).size !== entry.related.length) say('related repeats an id');
    if (entry.related.includes(entry.id)) say('related names the entry itself');
  }

  if (entry.code !== undefined) {
    const decoded = decodeDocumentCode(entry.code);
    if (decoded === undefined) say(`code ${entry.code} does not decode`);
    else {
      if (decoded.canonical !== entry.code)
        say(`code ${entry.code} is not in canonical form (${decoded.canonical})`);
      const expected = decoded.system === 'party' ? 'party-document' : 'state-document';
      if (entry.category !== expected) say(`a ${decoded.system} code belongs in ${expected}`);
    }
  }

  problems.push(...sourcesProblems(entry.sources.map((s) => s.url)));
  if (entry.checked > today) say(`checked ${entry.checked} is in the future (today is ${today})`);
  const lastSeen = entry.sources
    .map((s) => s.seen)
    .sort()
    .at(-1);
  if (lastSeen !== undefined && entry.checked < lastSeen)
    say(`checked ${entry.checked} is before a source was seen (${lastSeen})`);
  return problems;
}

export const duplicateIds = (entries: readonly GlossaryEntry[]): string[] => {
  const count = new Map<string, number>();
  for (const e of entries) count.set(e.id, (count.get(e.id) ?? 0) + 1);
  return [...count].filter(([, n]) => n > 1).map(([id]) => id);
};

/** Written forms that two entries share once normalized (a repeat inside one entry is not counted here). */
export function sharedForms(entries: readonly GlossaryEntry[]): string[] {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const entry of entries) {
    for (const key of new Set(entry.terms.map(termKey))) {
      const other = owner.get(key);
      if (other !== undefined && other !== entry.id) clashes.push(`"${key}" in ${entry.id} and ${other}`);
      else owner.set(key, entry.id);
    }
  }
  return clashes;
}

export function danglingRelated(entries: readonly GlossaryEntry[]): string[] {
  const ids = new Set(entries.map((e) => e.id));
  return entries.flatMap((e) =>
    (e.related ?? []).filter((id) => !ids.has(id)).map((id) => `${e.id} -> ${id}`),
  );
}

/** Document codes two entries share, as the lookup sees them. */
export function duplicateCodes(entries: readonly GlossaryEntry[]): string[] {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const entry of entries) {
    if (entry.code === undefined) continue;
    const key = codeLookupKey(decodeDocumentCode(entry.code)?.canonical ?? entry.code);
    const other = seen.get(key);
    if (other !== undefined) clashes.push(`${entry.code} in ${entry.id} and ${other}`);
    else seen.set(key, entry.id);
  }
  return clashes;
}
