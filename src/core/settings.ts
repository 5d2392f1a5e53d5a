/**
 * The reader's settings: defaults, and the one validated path every stored value goes through.
 * A missing, corrupt or old-format value falls back to its default field by field, so a bad
 * value can never break the extension or lose the reader's other choices.
 *
 * Categories are stored as the ones the reader turned OFF (hiddenCategories), not the ones
 * left on: a category added to the glossary later is then on for every reader, instead of
 * being switched off for everyone who ever saved a choice. The first stored form listed the
 * categories turned on; it is read as "the categories of that time not listed were off".
 */
import { MARK_LEVELS, type MarkLevel } from './article-marking.ts';
import { CATEGORIES, type Category } from './glossary-schema.ts';

export const UNDERLINES = ['dotted', 'solid', 'tint'] as const;
export type Underline = (typeof UNDERLINES)[number];
export const LANGUAGE_CHOICES = ['auto', 'vi', 'en'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

export interface Settings {
  /** On or off everywhere. */
  enabled: boolean;
  /** Host names where the reader is off although it is on everywhere else. */
  disabledSites: string[];
  /** Interface and explanations. */
  language: LanguageChoice;
  /** Milliseconds the pointer must rest on a term before its card opens. */
  hoverDelay: number;
  /** Mark only the first occurrence of each term in an article. */
  firstOnly: boolean;
  /** The categories marked, in CATEGORIES order (stored as the complement, hiddenCategories). */
  categories: Category[];
  /** How much to mark: abbreviations and codes only, also names (the default), or everything. */
  markLevel: MarkLevel;
  underline: Underline;
  /** Show the number of marked terms on the toolbar button. */
  badge: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  language: 'auto',
  hoverDelay: 350,
  firstOnly: false,
  categories: [...CATEGORIES],
  markLevel: 'names',
  underline: 'dotted',
  badge: true,
});

/** What storage.sync holds: the settings with the categories turned off instead of on. */
export type StoredSettings = Omit<Settings, 'categories'> & { hiddenCategories: Category[] };

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

/** The key of the old stored form, to be removed from storage once the new form is written. */
export const OLD_CATEGORIES_KEY = 'categories';

export function storedForm(settings: Settings): StoredSettings {
  const { categories, ...rest } = settings;
  const on = new Set<string>(categories);
  return { ...rest, hiddenCategories: CATEGORIES.filter((c) => !on.has(c)) };
}

function listOf(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

/** The categories turned on, from the new stored form, else the old one, else undefined. */
function categoriesFrom(stored: Record<string, unknown>): Category[] | undefined {
  const hidden = listOf(stored.hiddenCategories);
  if (hidden !== undefined) return CATEGORIES.filter((c) => !hidden.includes(c));
  const shown = listOf(stored[OLD_CATEGORIES_KEY]);
  if (shown !== undefined)
    return CATEGORIES.filter((c) => shown.includes(c) || !CATEGORIES_OF_THE_OLD_FORM.includes(c));
  return undefined;
}

export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function hostList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const hosts = value.filter((h): h is string => typeof h === 'string' && /^[a-z0-9.-]{1,253}$/i.test(h));
  return [...new Set(hosts.map((h) => h.toLowerCase()))].slice(0, 1000);
}

export function parseSettings(raw: unknown): Settings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const delay = stored.hoverDelay;
  const categories = categoriesFrom(stored);
  return {
    enabled: typeof stored.enabled === 'boolean' ? stored.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: hostList(stored.disabledSites) ?? [...DEFAULT_SETTINGS.disabledSites],
    language: oneOf(stored.language, LANGUAGE_CHOICES, DEFAULT_SETTINGS.language),
    hoverDelay:
      typeof delay === 'number' && Number.isFinite(delay)
        ? Math.round(Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, delay)))
        : DEFAULT_SETTINGS.hoverDelay,
    firstOnly: typeof stored.firstOnly === 'boolean' ? stored.firstOnly : DEFAULT_SETTINGS.firstOnly,
    categories: categories ?? [...DEFAULT_SETTINGS.categories],
    markLevel: oneOf(stored.markLevel, MARK_LEVELS, DEFAULT_SETTINGS.markLevel),
    underline: oneOf(stored.underline, UNDERLINES, DEFAULT_SETTINGS.underline),
    badge: typeof stored.badge === 'boolean' ? stored.badge : DEFAULT_SETTINGS.badge,
  };
}

/** Whether the reader should run on a page of `host`. */
export function activeOn(settings: Settings, host: string): boolean {
  const lower = host.toLowerCase();
  return (
    settings.enabled && !settings.disabledSites.some((site) => lower === site || lower.endsWith(`.${site}`))
  );
}
