/**
 * The glossary terms written inside a figure's label, with their short English names, so a
 * reader of the popup in English sees "xã biên giới — border commune" under a Vietnamese
 * label. Takes a small list of names (the terms of one article), never the whole glossary:
 * the popup gets it with the report or asks for it lazily.
 */

import { normalizeText } from '../normalize.ts';

export interface TermName {
  /** Every written form of the term. */
  written: readonly string[];
  /** Its short English name. */
  en: string;
}

export interface LabelGloss {
  /** The term as written in the label. */
  written: string;
  en: string;
}

/** What a name is made from: the entry's English expansion, or its one-line English head. */
export interface NamedEntry {
  terms: readonly string[];
  expansion?: { en: string };
  en: { short: string };
}

const MAX_NAME_WORDS = 6;

/** The short English name of an entry: "Border commune: a commune …" gives "border commune". */
export function englishTermName(entry: NamedEntry): string | undefined {
  if (entry.expansion !== undefined) return entry.expansion.en;
  const head = entry.en.short.split(/[:.]/)[0]?.trim() ?? '';
  if (head.length === 0 || head.split(/\s+/).length > MAX_NAME_WORDS) return undefined;
  const second = head.charAt(1);
  return second === second.toLowerCase() ? head.charAt(0).toLowerCase() + head.slice(1) : head;
}

/**
 * The names of the given entries, for a report: the content script (which holds the
 * glossary) can send these few with the figures, so the popup needs no glossary for them.
 */
export function termNamesFor(ids: readonly string[], byId: ReadonlyMap<string, NamedEntry>): TermName[] {
  const names: TermName[] = [];
  for (const id of new Set(ids)) {
    const entry = byId.get(id);
    const en = entry === undefined ? undefined : englishTermName(entry);
    if (entry !== undefined && en !== undefined) names.push({ written: entry.terms, en });
  }
  return names;
}

function folded(text: string): string {
  return normalizeText(text).toLowerCase();
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;

interface FoldedForm {
  form: string;
  en: string;
}

/** The folded forms of a list of names, longest first: a popup asks about every figure with one list. */
const foldedForms = new WeakMap<readonly TermName[], readonly FoldedForm[]>();

function formsOf(names: readonly TermName[]): readonly FoldedForm[] {
  let forms = foldedForms.get(names);
  if (!forms) {
    forms = names
      .flatMap((name) => name.written.map((written) => ({ form: folded(written), en: name.en })))
      .filter((entry) => entry.form.length > 0)
      .sort((a, b) => b.form.length - a.form.length);
    foldedForms.set(names, forms);
  }
  return forms;
}

/** The terms of `names` written in `label`, longest first, none overlapping, in label order. */
export function glossesInLabel(label: string, names: readonly TermName[]): LabelGloss[] {
  const text = folded(label);
  const forms = formsOf(names);
  const taken: Array<{ start: number; end: number; gloss: LabelGloss }> = [];
  for (const { form, en } of forms) {
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      const bounded = !LETTER.test(text.charAt(at - 1)) && !LETTER.test(text.charAt(end));
      if (!bounded || taken.some((span) => span.start < end && at < span.end)) continue;
      taken.push({ start: at, end, gloss: { written: text.slice(at, end), en } });
    }
  }
  const seen = new Set<string>();
  return taken
    .sort((a, b) => a.start - b.start)
    .map((span) => span.gloss)
    .filter((gloss) => !seen.has(gloss.en) && (seen.add(gloss.en), true));
}
