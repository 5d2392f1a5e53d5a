/**
 * The glossary as the page needs it for matching, compiled once at build time.
 *
 * Why this shape: a content script runs in every article the reader opens, often on a phone, so
 * nothing that depends only on the glossary may be computed there. Every written form is
 * normalized here, at build time, and grouped by its first word ("head"). The index is a few
 * plain strings, so loading it costs one `split` of the heads and of the groups, whatever the
 * glossary's size; a group is parsed only when its head first occurs in the text. Matching then
 * looks up the word at each word start with a binary search over the sorted heads, and tries the
 * group's forms longest first, which gives the same leftmost-longest, whole-word, case-aware
 * matches as a trie over every form would.
 */
import * as v from 'valibot';
import type { TermMatch } from './analysis-types.ts';
import { isWordCode, wordRunPattern } from './char-classes.ts';
import { CATEGORIES, LEVELS, type Category, type GlossaryEntry, type Level } from './glossary-schema.ts';
import { codeLookupKey, decodeDocumentCode } from './doc-codes.ts';
import { isAbbreviationToken, lowerUnit, lowerUnits, normalizeWithMap, toOriginalSpan } from './normalize.ts';
import type { NormalizedText } from './normalize.ts';

/** Separators that never occur in normalized glossary text. */
const GROUP = '\u001d';
const FORM = '\u001e';
const FIELD = '\u001f';

export const MatchIndexSchema = v.strictObject({
  version: v.literal(1),
  /** Entry ids, one per line, in glossary order. */
  ids: v.string(),
  /** One character per entry: its category, as 'A' + index in CATEGORIES. */
  categories: v.string(),
  /** Sorted distinct heads (lower-cased first words of the forms), one per line. */
  heads: v.string(),
  /**
   * One group per head, in the same order: forms longest first, each as its normalized text,
   * its entry number, its level and the positions that must match as written.
   */
  groups: v.string(),
  /** Document codes that have an entry: lookup key and entry number. */
  codes: v.string(),
});

export type MatchIndexData = v.InferOutput<typeof MatchIndexSchema>;

/** Which forms may be marked: asked once per form tried, so it must be cheap. */
export type FormFilter = (category: Category, level: Level) => boolean;

export interface TermFinder {
  readonly size: number;
  /** Matches over normalized text; `blocked` marks units no match may cover (codes win). */
  findNormalized(normalized: NormalizedText, blocked?: Uint8Array, allow?: FormFilter): TermMatch[];
  find(text: string, allow?: FormFilter): TermMatch[];
  /** The entry that explains a decoded code, by its canonical form. */
  entryForCode(canonical: string): string | undefined;
  categoryOf(entryId: string): Category | undefined;
}

function normalizedForm(term: string): string {
  return normalizeWithMap(term).text.replace(/\n/g, ' ').trim();
}

/** The lower-cased run of word characters from `from` (or its one character if none). */
function headOf(lower: Uint16Array, word: Uint8Array, from: number, to: number): string {
  let end = from;
  while (end < to && word[end] === 1) end++;
  if (end === from) end = from + 1;
  return String.fromCharCode(...lower.subarray(from, end));
}

/** The head of a glossary form, at build time. */
function formHead(form: string): string {
  const lower = Uint16Array.from(form, (ch) => lowerUnit(ch.charCodeAt(0)));
  const word = Uint8Array.from(form, (ch) => (isWordCode(ch.charCodeAt(0)) ? 1 : 0));
  return headOf(lower, word, 0, form.length);
}

/** Positions (in units) of the characters of abbreviation tokens: they must match as written. */
function exactPositions(form: string): number[] {
  const exact: number[] = [];
  let offset = 0;
  for (const token of form.split(' ')) {
    if (isAbbreviationToken(token)) for (let k = 0; k < token.length; k++) exact.push(offset + k);
    offset += token.length + 1;
  }
  return exact;
}

/** A form counts as an abbreviation when any of its tokens is one (BĐBP, "BĐBP tỉnh"). */
function formLevel(entryLevel: Level, form: string): Level {
  return form.split(' ').some(isAbbreviationToken) ? 'abbreviation' : entryLevel;
}

/** What matching needs of an entry; an entry without a level counts as a name. */
export type MatchableEntry = Pick<GlossaryEntry, 'id' | 'terms' | 'category'> & {
  level?: Level;
  code?: string;
};

/** Build time: the index of `entries` (which the schema has already checked). */
export function compileMatchIndex(entries: readonly MatchableEntry[]): MatchIndexData {
  const byHead = new Map<
    string,
    { form: string; entry: number; level: Level; order: number; exact: number[] }[]
  >();
  const seen = new Set<string>();
  let order = 0;
  entries.forEach((entry, index) => {
    for (const term of entry.terms) {
      const form = normalizedForm(term);
      if (form.length === 0) continue;
      const exact = exactPositions(form);
      // The same written form twice keeps the first, as the schema test demands of real data.
      const key = `${form.toLowerCase()}\u0000${exact.map((k) => form[k]).join('')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const head = formHead(form);
      const list = byHead.get(head) ?? [];
      list.push({ form, entry: index, level: formLevel(entry.level ?? 'name', form), order: order++, exact });
      byHead.set(head, list);
    }
  });
  const heads = [...byHead.keys()].sort(compareUnits);
  const groups = heads.map((head) =>
    (byHead.get(head) ?? [])
      .sort((a, b) => b.form.length - a.form.length || a.order - b.order)
      .map((f) => [f.form, f.entry.toString(36), LEVELS.indexOf(f.level), f.exact.join(',')].join(FIELD))
      .join(FORM),
  );
  const codes: string[] = [];
  entries.forEach((entry, index) => {
    if (entry.code === undefined) return;
    const canonical = decodeDocumentCode(entry.code)?.canonical ?? entry.code;
    codes.push(`${codeLookupKey(canonical)}${FIELD}${index.toString(36)}`);
  });
  return {
    version: 1,
    ids: entries.map((e) => e.id).join('\n'),
    categories: entries.map((e) => String.fromCharCode(65 + CATEGORIES.indexOf(e.category))).join(''),
    heads: heads.join('\n'),
    groups: groups.join(GROUP),
    codes: codes.join(FORM),
  };
}

/** Plain UTF-16 order, the order binary search below relies on (not locale order). */
function compareUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Form {
  /** As written (normalized), for the positions that must match as written. */
  text: string;
  /** Lower-cased unit by unit, compared with the lower-cased page text. */
  lower: string;
  exact: readonly number[];
  entry: number;
  level: Level;
}

function parseGroup(group: string): Form[] {
  // One lower-casing of the whole group instead of one per form: the separators have no case,
  // so the lower-cased group splits at the same places (lowerUnits keeps every length).
  const lowerRows = lowerUnits(group).split(FORM);
  return group.split(FORM).map((raw, k) => {
    const [text = '', entry = '0', level = '0', exact = ''] = raw.split(FIELD);
    return {
      text,
      lower: lowerRows[k]?.slice(0, text.length) ?? '',
      exact: exact === '' ? [] : exact.split(',').map(Number),
      entry: parseInt(entry, 36),
      level: LEVELS[Number(level)] ?? 'common',
    };
  });
}

const isWordAt = (text: string, at: number): boolean =>
  at >= 0 && at < text.length && isWordCode(text.charCodeAt(at));

/** Page time: a finder over a compiled index. Throws if the index is not one. */
export function loadMatchIndex(raw: unknown): TermFinder {
  const data = v.parse(MatchIndexSchema, raw);
  const ids = data.ids === '' ? [] : data.ids.split('\n');
  if (ids.length !== data.categories.length) throw new Error('match index: ids and categories disagree');
  const heads = data.heads === '' ? [] : data.heads.split('\n');
  const rawGroups = data.groups === '' ? [] : data.groups.split(GROUP);
  if (heads.length !== rawGroups.length) throw new Error('match index: heads and groups disagree');
  const groups: (Form[] | undefined)[] = new Array<Form[] | undefined>(heads.length);
  let codes: Map<string, number> | undefined;
  let entryNumbers: Map<string, number> | undefined;

  const categoryAt = (entry: number): Category =>
    CATEGORIES[data.categories.charCodeAt(entry) - 65] ?? 'campaign-concept';

  function groupFor(head: string): Form[] | undefined {
    let low = 0;
    let high = heads.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((heads[mid] ?? '') < head) low = mid + 1;
      else high = mid;
    }
    if (heads[low] !== head) return undefined;
    return (groups[low] ??= parseGroup(rawGroups[low] ?? ''));
  }

  // Heads that are not words (a form that starts with a bracket): only then must every
  // character between words be looked up too.
  const singleHeads = heads.some((head) => head.length === 1 && !isWordCode(head.charCodeAt(0)));

  /**
   * Every form is tried where a word starts (and at each other character when some form starts
   * there), longest first; a match resumes the scan at its end. The scan and the comparisons run
   * in the native string and regex code, which costs far less than a loop per character when the
   * page runs this for the first time.
   */
  function findNormalized(normalized: NormalizedText, blocked?: Uint8Array, allow?: FormFilter): TermMatch[] {
    const text = normalized.text;
    const lower = lowerUnits(text);
    const runs = wordRunPattern(singleHeads);
    const matches: TermMatch[] = [];
    for (let run = runs.exec(lower); run !== null; run = runs.exec(lower)) {
      const at = run.index;
      if (blocked?.[at] === 1) continue;
      const forms = groupFor(run[0]);
      const found = forms ? longestAt(forms, text, lower, at, blocked, allow) : undefined;
      if (found === undefined) continue;
      const end = at + found.text.length;
      const span = toOriginalSpan(normalized, at, end);
      matches.push({
        id: ids[found.entry] ?? '',
        start: span.start,
        end: span.end,
        text: normalized.original.slice(span.start, span.end),
      });
      runs.lastIndex = end;
    }
    return matches;
  }

  function longestAt(
    forms: readonly Form[],
    text: string,
    lower: string,
    at: number,
    blocked: Uint8Array | undefined,
    allow: FormFilter | undefined,
  ): Form | undefined {
    search: for (const form of forms) {
      const end = at + form.text.length;
      if (!lower.startsWith(form.lower, at)) continue;
      if (isWordAt(text, end - 1) && isWordAt(text, end)) continue;
      if (blocked) for (let k = at; k < end; k++) if (blocked[k] === 1) continue search;
      for (const k of form.exact) if (text.charCodeAt(at + k) !== form.text.charCodeAt(k)) continue search;
      if (allow && !allow(categoryAt(form.entry), form.level)) continue;
      return form;
    }
    return undefined;
  }

  return {
    size: ids.length,
    findNormalized,
    find: (text, allow) => findNormalized(normalizeWithMap(text), undefined, allow),
    entryForCode(canonical) {
      codes ??= new Map(
        (data.codes === '' ? [] : data.codes.split(FORM)).map((row) => {
          const [key = '', entry = '0'] = row.split(FIELD);
          return [key, parseInt(entry, 36)];
        }),
      );
      const entry = codes.get(codeLookupKey(canonical));
      return entry === undefined ? undefined : ids[entry];
    },
    categoryOf(entryId) {
      entryNumbers ??= new Map(ids.map((id, k) => [id, k]));
      const entry = entryNumbers.get(entryId);
      return entry === undefined ? undefined : categoryAt(entry);
    },
  };
}
