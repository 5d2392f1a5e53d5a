/**
 * The reader's settings: defaults, and the one validated path every stored value goes through.
 * A missing, corrupt or old-format value falls back to its default field by field, so a bad
 * value can never break the extension or lose the reader's other choices.
 */
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
  categories: Category[];
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
  underline: 'dotted',
  badge: true,
});

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
  const categories = Array.isArray(stored.categories)
    ? CATEGORIES.filter((c) => (stored.categories as unknown[]).includes(c))
    : undefined;
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
