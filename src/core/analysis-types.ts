/**
 * What the core finds in a text. Offsets are UTF-16 indices into the exact text that was
 * analysed, so that text.slice(start, end) === match.text always holds.
 */

export interface TermMatch {
  /** Glossary entry id. */
  id: string;
  start: number;
  end: number;
  /** The characters as written in the text. */
  text: string;
}

/** A use of an abbreviation the article itself defines ("Ban Quản lý dự án (BQLDA)"). */
export interface DefinedMatch {
  /** The abbreviation as bracketed in its definition ("BQLDA", "UBND tỉnh"). */
  abbr: string;
  /** Its long form, exactly as the article writes it. */
  expansion: string;
  start: number;
  end: number;
  text: string;
}

export interface DecodedCode {
  /** 'party': số-LOẠI/CƠ QUAN; 'state': số/năm/LOẠI-CƠ QUAN or số/LOẠI-CƠ QUAN. */
  system: 'party' | 'state';
  number: string;
  year?: number;
  /** Type abbreviation as written (NQ, KL, NĐ…), and its name when known. */
  type: string;
  typeName?: { vi: string; en: string };
  /** Issuer abbreviation as written (TW, TU, CP…), and its name when known. */
  issuer: string;
  issuerName?: { vi: string; en: string };
  /** A joint issuer ("BNV-BTC"): the name of each part, when every part is known. */
  issuerParts?: { vi: string; en: string }[];
  /** An official letter (số/CƠ QUAN-ĐƠN VỊ): the drafting office after the dash. */
  draftingOffice?: string;
  /** Canonical form used for glossary lookup, e.g. "18-NQ/TW", "34/2014/NĐ-CP". */
  canonical: string;
}

export interface CodeMatch {
  start: number;
  end: number;
  text: string;
  decoded: DecodedCode;
  /** Glossary entry id when the glossary knows this document. */
  entryId?: string;
}

export const FIGURE_KINDS = [
  'count',
  'ratio',
  'percent',
  'measure',
  'money',
  'date',
  'period',
  'ordinal',
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export interface Figure {
  /** The main number; null for dates, periods and ordinals (their numbers are in values). */
  value: number | null;
  /** Every number in it: 22 and 23 for 22/23; 2015 and 2020 for a period; ordinals as integers. */
  values: number[];
  /** As written at the first mention. */
  text: string;
  /** What is counted, readable without the article. */
  label: string;
  kind: FigureKind;
  /** The sentence of its first mention. */
  sentence: string;
  /** The first mention. */
  start: number;
  end: number;
  /** Unit or multiplier word as written (km, triệu đồng, %), when any. */
  unit?: string;
  /** How many times the article gives this figure (same text, same label). */
  mentions: number;
  /** Every mention, in article order; the first is [start, end). */
  at: FigureSpan[];
  /** In the title or the lead (the first two paragraphs), where a reporter puts what matters most. */
  lead?: boolean;
}

export interface FigureSpan {
  start: number;
  end: number;
}
