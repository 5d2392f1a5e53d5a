/**
 * The reader's settings: defaults, and the one validated path every stored value goes through.
 * A missing, corrupt or old-format value falls back to its default field by field, so a bad
 * value can never break the extension or lose the reader's other choices. The types are
 * inferred from the schema, so what is stored and what is checked cannot drift apart.
 *
 * Categories are stored as the ones the reader turned OFF (hiddenCategories), not the ones
 * left on: a category added to the glossary later is then on for every reader, instead of
 * being switched off for everyone who ever saved a choice. The first stored form listed the
 * categories turned on; it is read as "the categories of that time not listed were off".
 */
import * as v from 'valibot';
import { MARK_LEVELS } from './mark-levels.ts';
import { CATEGORIES } from './glossary-schema.ts';

export const UNDERLINES = ['dotted', 'solid', 'tint'] as const;
export type Underline = (typeof UNDERLINES)[number];
export const LANGUAGE_CHOICES = ['auto', 'vi', 'en'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;

/** The key of the old stored form, to be removed from storage once the new form is written. */
export const OLD_CATEGORIES_KEY = 'categories';

/**
 * The categories that existed while settings stored the categories turned on (the old form
 * `categories`). Frozen: a category added since then was not there to be chosen, so it is on.
 */
const CATEGORIES_OF_THE_OLD_FORM: readonly string[] = [
  'state-body',
  'state-document',
  'party-body',
  'party-document',
  'army-border-guard',
  'police',
  'rank-title',
  'mass-organisation',
  'administrative-unit',
  'place',
  'campaign-concept',
  'programme',
  'event',
  'press',
];

const AnyList = v.array(v.unknown());

/** The known categories a stored list names, in CATEGORIES order; anything else is dropped. */
const KnownCategories = v.pipe(
  AnyList,
  v.transform((items) => CATEGORIES.filter((c) => items.includes(c))),
);

const HostName = v.pipe(v.string(), v.regex(/^[a-z0-9.-]{1,253}$/i), v.toLowerCase());

/** The host names of a stored list, lower-cased, each once, at most 1000; anything else is dropped. */
const HostList = v.pipe(
  AnyList,
  v.transform((items) => {
    const hosts = new Set<string>();
    for (const item of items) {
      const host = v.safeParse(HostName, item);
      if (host.success) hosts.add(host.output);
    }
    return [...hosts].slice(0, 1000);
  }),
);

const HoverDelay = v.pipe(
  v.number(), // refuses NaN
  v.finite(),
  v.transform((ms) => Math.round(Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, ms)))),
);

/**
 * A stored record, whatever its form, with the categories turned off under hiddenCategories:
 * the current form as it is; the first form turned into its complement; anything that is not
 * a record at all read as an empty one.
 */
const AnyStoredForm = v.fallback(
  v.union([
    v.looseObject({ hiddenCategories: AnyList }),
    v.pipe(
      v.looseObject({ [OLD_CATEGORIES_KEY]: AnyList }),
      v.transform(({ [OLD_CATEGORIES_KEY]: shown, ...rest }) => ({
        ...rest,
        hiddenCategories: CATEGORIES_OF_THE_OLD_FORM.filter((c) => !shown.includes(c)),
      })),
    ),
    v.looseObject({}),
  ]),
  () => ({}),
);

/** What storage.sync holds: the settings with the categories turned off instead of on. */
const StoredSettingsSchema = v.pipe(
  AnyStoredForm,
  v.object({
    /** On or off everywhere. */
    enabled: v.fallback(v.boolean(), true),
    /** Host names where the reader is off although it is on everywhere else. */
    disabledSites: v.fallback(HostList, () => []),
    /** Interface and explanations. */
    language: v.fallback(v.picklist(LANGUAGE_CHOICES), 'auto'),
    /** Milliseconds the pointer must rest on a term before its card opens. */
    hoverDelay: v.fallback(HoverDelay, 350),
    /** Mark only the first occurrence of each term in an article. */
    firstOnly: v.fallback(v.boolean(), false),
    /** The categories not marked, in CATEGORIES order. */
    hiddenCategories: v.fallback(KnownCategories, () => []),
    /** How much to mark: abbreviations and codes only, also names (the default), or everything. */
    markLevel: v.fallback(v.picklist(MARK_LEVELS), 'names'),
    underline: v.fallback(v.picklist(UNDERLINES), 'dotted'),
    /** Show the number of marked terms on the toolbar button. */
    badge: v.fallback(v.boolean(), true),
  }),
);
export type StoredSettings = v.InferOutput<typeof StoredSettingsSchema>;

const SettingsSchema = v.pipe(
  StoredSettingsSchema,
  v.transform(({ hiddenCategories, ...rest }) => ({
    ...rest,
    /** The categories marked, in CATEGORIES order (stored as the complement, hiddenCategories). */
    categories: CATEGORIES.filter((c) => !hiddenCategories.includes(c)),
  })),
);
export type Settings = v.InferOutput<typeof SettingsSchema>;

/**
 * What an empty storage reads as. Written out as data, not computed, because the page reads
 * settings at start and most readers never store any: the schema's cold code was the bulk of
 * "settings from storage" in the bench's CPU profile (9.9 ms at full speed, 0.8 ms without it).
 * A test holds it equal to what the schema gives for `{}`.
 */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  language: 'auto',
  hoverDelay: 350,
  firstOnly: false,
  markLevel: 'names',
  underline: 'dotted',
  badge: true,
  categories: [...CATEGORIES],
});

/** Every field through the schema, even for an empty record (the defaults' test uses it). */
export function parseStoredSettings(raw: unknown): Settings {
  return v.parse(SettingsSchema, raw);
}

/** Never fails: every field that is missing or unusable takes its default. */
export function parseSettings(raw: unknown): Settings {
  if (raw === undefined || raw === null || (isPlainRecord(raw) && Object.keys(raw).length === 0)) {
    return { ...DEFAULT_SETTINGS, disabledSites: [], categories: [...DEFAULT_SETTINGS.categories] };
  }
  return parseStoredSettings(raw);
}

function isPlainRecord(raw: unknown): raw is Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const proto: unknown = Object.getPrototypeOf(raw);
  return proto === Object.prototype || proto === null;
}

export function storedForm(settings: Settings): StoredSettings {
  const { categories, ...rest } = settings;
  const on = new Set<string>(categories);
  return { ...rest, hiddenCategories: CATEGORIES.filter((c) => !on.has(c)) };
}

/** Whether the reader should run on a page of `host`. */
export function activeOn(settings: Settings, host: string): boolean {
  const lower = host.toLowerCase();
  return (
    settings.enabled && !settings.disabledSites.some((site) => lower === site || lower.endsWith(`.${site}`))
  );
}
