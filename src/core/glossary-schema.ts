/**
 * The one schema of a glossary entry. The data files (src/glossary/data/*.json) are written by
 * hand, so they are parsed with this schema wherever they are loaded: the build-time index
 * script, the background that serves cards, the command-line tools and the schema test. The
 * TypeScript types are inferred from it, so the type and the check cannot drift apart.
 */
import * as v from 'valibot';

export const CATEGORIES = [
  'state-body', // Quốc hội, Chính phủ, HĐND, UBND, ministries and departments
  'state-document', // Nghị định, Thông tư, laws and known State documents
  'party-body', // Tỉnh ủy, Đảng ủy, chi bộ, Bộ Chính trị…
  'party-document', // Nghị quyết 18-NQ/TW, Kết luận…, Party congresses and plenums
  'army-border-guard', // QĐND, BĐBP, its commands, posts, units
  'police', // CAND and its bodies
  'justice', // courts, procuracies, legal procedure
  'rank-title', // Đại tá, Chính ủy, Bí thư, Chủ tịch…
  'mass-organisation', // MTTQ, Hội Nông dân, Đoàn Thanh niên…
  'election', // election bodies and steps
  'administrative-unit', // tỉnh, xã, phường, đặc khu, thôn, bản…
  'place', // communes, wards, old districts, mountains, border posts of Lai Châu
  'ethnic-group', // the peoples of Lai Châu
  'campaign-concept', // thế trận lòng dân, movements, political concepts
  'programme', // national target programmes, OCOP, Đề án 06…
  'economy-budget', // budget, public investment, economic indicators
  'enterprise', // legal forms of companies and co-operatives
  'agriculture-forest', // crops, livestock, forest protection
  'environment-disaster', // natural disasters, land, environment
  'health', // health bodies, insurance, medical staff
  'education', // school types, exams, universal education
  'social-welfare', // poverty, social insurance, people with merit
  'culture-tourism', // heritage, festivals, tourism
  'international', // WB, IMF, ASEAN, UNICEF…
  'event', // Ngày Biên phòng toàn dân, holidays
  'press', // BLC, P.V and other newsroom conventions
] as const;

/**
 * How far from the general reader's vocabulary an entry sits, for the "how much to mark"
 * setting: abbreviations and codes are opaque to everyone; names of bodies, titles, documents,
 * campaigns and places are opaque to a newcomer; common words of the official register only
 * to a learner.
 */
export const LEVELS = ['abbreviation', 'name', 'common'] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const Text = v.pipe(
  v.string(),
  v.check((s) => s.trim().length > 0 && s === s.trim(), 'empty or untrimmed text'),
  v.check((s) => !/<[^<>]*>/.test(s), 'text contains markup'),
);

export const IsoDate = v.pipe(v.string(), v.check(isRealDate, 'not an ISO date (YYYY-MM-DD)'));

const WebUrl = v.pipe(
  v.string(),
  v.check((s) => {
    try {
      const url = new URL(s);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'not an http(s) URL'),
);

export const SHORT_MAX = 160;

const Explanation = v.strictObject({
  /** One line, shown first in the card. */
  short: v.pipe(
    Text,
    v.maxLength(SHORT_MAX, `short is longer than ${SHORT_MAX}`),
    v.check((s) => !/[\r\n]/.test(s), 'short is not one line'),
  ),
  /** A few sentences, shown on demand. */
  long: Text,
});

const Bilingual = v.strictObject({ vi: Text, en: Text });

const Source = v.strictObject({
  name: Text,
  url: WebUrl,
  /** The day the source was read. */
  seen: IsoDate,
});

/** A fact that changed after many articles were written (the 2025 reforms). */
const DatedNote = v.strictObject({
  /** From when the change holds. */
  date: IsoDate,
  vi: Text,
  en: Text,
});

export const GlossaryEntrySchema = v.strictObject({
  /** Stable ASCII kebab-case id. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id is not kebab-case ASCII')),
  /** Every written form to match; the first is the headword. All-capital tokens match only in capitals. */
  terms: v.pipe(v.array(Text), v.minLength(1, 'terms must not be empty')),
  /** What an abbreviation stands for, in each language (omit for plain words). */
  expansion: v.optional(Bilingual),
  category: v.picklist(CATEGORIES),
  level: v.picklist(LEVELS),
  vi: Explanation,
  en: Explanation,
  sources: v.pipe(v.array(Source), v.minLength(1, 'needs at least one source')),
  /** false: the fact could not be confirmed, so the text says only what articles say. */
  verified: v.boolean(),
  /** The day the entry's facts were last checked against its sources. */
  checked: IsoDate,
  note: v.optional(DatedNote),
  /** Ids of related entries. */
  related: v.optional(v.array(v.string())),
  /** For a document entry: the code as issued, e.g. "18-NQ/TW". */
  code: v.optional(v.string()),
  /** Title, date and issuer of a known document, shown with the code. */
  document: v.optional(
    v.strictObject({
      title: Text,
      date: v.optional(IsoDate),
      issuer: v.optional(Bilingual),
    }),
  ),
});

export type GlossaryEntry = v.InferOutput<typeof GlossaryEntrySchema>;
export type Category = GlossaryEntry['category'];
export type Level = GlossaryEntry['level'];
export type Explanation = GlossaryEntry['vi'];
export type Source = GlossaryEntry['sources'][number];
export type DatedNote = NonNullable<GlossaryEntry['note']>;

/** Problems with one entry, as readable lines ("sources[0].url: not an http(s) URL"). */
export function entryIssues(raw: unknown): string[] {
  const result = v.safeParse(GlossaryEntrySchema, raw);
  if (result.success) return [];
  return result.issues.map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
