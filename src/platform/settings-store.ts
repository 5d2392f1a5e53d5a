/** Reading and writing the reader's settings in storage.sync, always through parseSettings. */
import browser from './browser-lite.ts';
import { OLD_CATEGORIES_KEY, parseSettings, storedForm, type Settings } from '../core/settings.ts';
import { languageFromLocale, type Lang } from '../i18n/language.ts';

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await browser.storage.sync.get(null));
  } catch {
    // Storage unavailable (private window rules, a broken profile): work with the defaults.
    return parseSettings(undefined);
  }
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings(storedForm({ ...(await loadSettings()), ...change }));
  await browser.storage.sync.set(storedForm(next));
  // The old form would otherwise linger in sync storage; the new form takes precedence anyway.
  await browser.storage.sync.remove(OLD_CATEGORIES_KEY);
  return next;
}

export function onSettingsChanged(listener: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'sync') void loadSettings().then(listener);
  });
}

export function languageOf(settings: Settings): Lang {
  return settings.language === 'auto' ? languageFromLocale(browser.i18n.getUILanguage()) : settings.language;
}
