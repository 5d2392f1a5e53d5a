/**
 * The shape of one glossary entry. The glossary itself is data (src/glossary/data/*.json);
 * this file is the contract that the schema test, the matcher and the cards share.
 */

export const CATEGORIES = [
  'state-body', // Quốc hội, Chính phủ, HĐND, UBND, ministries…
  'state-document', // Nghị định, Thông tư, Chỉ thị of the State, and known State documents
  'party-body', // Tỉnh ủy, Huyện ủy, Đảng ủy, chi bộ, Bộ Chính trị…
  'party-document', // Nghị quyết 18-NQ/TW, Kết luận…, Party congresses and plenums
  'army-border-guard', // QĐND, BĐBP, its commands, posts, units
  'police', // CAND and its bodies
  'rank-title', // Đại tá, Chính ủy, Bí thư, Chủ tịch…
  'mass-organisation', // MTTQ, Hội Nông dân, Đoàn Thanh niên…
  'administrative-unit', // tỉnh, huyện, xã, thôn, bản…
  'place', // Mường Tè, Pa Vệ Sủ…
  'campaign-concept', // thế trận lòng dân, nền biên phòng toàn dân, movements
  'programme', // nông thôn mới, OCOP, giảm nghèo bền vững…
  'event', // Ngày Biên phòng toàn dân, holidays
  'press', // BLC, P.V and other newsroom conventions
] as const;

export type Category = (typeof CATEGORIES)[number];

export interface Explanation {
  /** One line, shown first in the card. */
  short: string;
  /** A few sentences, shown on demand. */
  long: string;
}

export interface Source {
  name: string;
  url: string;
  /** ISO date (YYYY-MM-DD) the source was read. */
  seen: string;
}

/** A fact that changed after many articles were written (the 2025 reforms). */
export interface DatedNote {
  /** ISO date from which the change holds. */
  date: string;
  vi: string;
  en: string;
}

export interface GlossaryEntry {
  /** Stable ASCII kebab-case id. */
  id: string;
  /** Every written form to match; the first is the headword. All-capital tokens (BĐBP) match only in capitals. */
  terms: string[];
  /** What an abbreviation stands for, in each language (omit for plain words). */
  expansion?: { vi: string; en: string };
  category: Category;
  vi: Explanation;
  en: Explanation;
  sources: Source[];
  /** false: the fact could not be confirmed, so the text says only what articles say (and the card marks it). */
  verified: boolean;
  note?: DatedNote;
  /** Ids of related entries. */
  related?: string[];
  /** For a document entry: the code as issued, e.g. "18-NQ/TW", so a decoded code can show this entry. */
  code?: string;
  /** Title, date and issuer of a known document, shown with the code. */
  document?: { title: string; date?: string; issuer?: { vi: string; en: string } };
}
