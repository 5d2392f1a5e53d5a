/** The options page: every setting, the sites turned off, and the sites always annotated. */
import { MARK_LEVELS } from '../core/mark-levels.ts';
import { CATEGORIES, type Category } from '../core/glossary-schema.ts';
import {
  HOVER_DELAY_RANGE,
  LANGUAGE_CHOICES,
  UNDERLINES,
  DEFAULT_SETTINGS,
  type LanguageChoice,
  type Settings,
  type Underline,
} from '../core/settings.ts';
import { MARK_LEVEL_LABELS } from '../i18n/mark-level-labels.ts';
import { categoryName, t, type Lang, type MessageKey } from '../i18n/messages.ts';
import { languageOf, loadSettings, onSettingsChanged, saveSettings } from '../platform/settings-store.ts';
import { alwaysOnPatterns, hostOfPattern, revokeAlwaysOn } from '../platform/site-permissions.ts';
import { h } from '../ui/dom.ts';
import { selectControl } from '../ui/select-control.ts';

const LANGUAGE_LABELS: Record<LanguageChoice, MessageKey> = {
  auto: 'languageAuto',
  vi: 'languageVi',
  en: 'languageEn',
};
const UNDERLINE_LABELS: Record<Underline, MessageKey> = {
  dotted: 'underlineDotted',
  solid: 'underlineSolid',
  tint: 'underlineTint',
};

const form = document.getElementById('form') as HTMLFormElement;
const statusLine = document.getElementById('status') as HTMLElement;

function save(change: Partial<Settings>, lang: Lang): void {
  void saveSettings(change).then(() => (statusLine.textContent = t(lang, 'optionsSaved')));
}

function checkbox(id: string, label: string, checked: boolean, onChange: (on: boolean) => void): HTMLElement {
  const input = h('input', { attrs: { type: 'checkbox', id } });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return h('label', { attrs: { for: id } }, input, label);
}

function general(settings: Settings, lang: Lang): HTMLElement {
  const delay = h('input', {
    attrs: {
      type: 'number',
      id: 'hover-delay',
      min: String(HOVER_DELAY_RANGE.min),
      max: String(HOVER_DELAY_RANGE.max),
      step: '50',
    },
  });
  delay.value = String(settings.hoverDelay);
  delay.addEventListener('change', () => save({ hoverDelay: Number(delay.value) }, lang));
  return h(
    'fieldset',
    {},
    h('legend', { text: t(lang, 'optionsGeneral') }),
    checkbox('enabled', t(lang, 'optionsEnabled'), settings.enabled, (on) => save({ enabled: on }, lang)),
    selectControl(
      'language',
      t(lang, 'optionsLanguage'),
      LANGUAGE_CHOICES,
      settings.language,
      (v) => t(lang, LANGUAGE_LABELS[v]),
      (v) => save({ language: v }, lang),
    ),
    h('label', { attrs: { for: 'hover-delay' } }, t(lang, 'optionsHoverDelay'), delay),
    selectControl(
      'occurrences',
      t(lang, 'optionsOccurrences'),
      ['every', 'first'] as const,
      settings.firstOnly ? 'first' : 'every',
      (v) => t(lang, v === 'first' ? 'optionsFirst' : 'optionsEvery'),
      (v) => save({ firstOnly: v === 'first' }, lang),
    ),
    selectControl(
      'mark-level',
      t(lang, 'markLevel'),
      MARK_LEVELS,
      settings.markLevel,
      (v) => t(lang, MARK_LEVEL_LABELS[v]),
      (v) => save({ markLevel: v }, lang),
    ),
    selectControl(
      'underline',
      t(lang, 'optionsUnderline'),
      UNDERLINES,
      settings.underline,
      (v) => t(lang, UNDERLINE_LABELS[v]),
      (v) => save({ underline: v }, lang),
    ),
    checkbox('badge', t(lang, 'optionsBadge'), settings.badge, (on) => save({ badge: on }, lang)),
  );
}

function categories(settings: Settings, lang: Lang): HTMLElement {
  const chosen = new Set<Category>(settings.categories);
  const boxes = CATEGORIES.map((category) =>
    checkbox(`category-${category}`, categoryName(lang, category), chosen.has(category), (on) => {
      if (on) chosen.add(category);
      else chosen.delete(category);
      save({ categories: CATEGORIES.filter((c) => chosen.has(c)) }, lang);
    }),
  );
  return h(
    'fieldset',
    {},
    h('legend', { text: t(lang, 'optionsCategories') }),
    h('div', { className: 'categories' }, ...boxes),
  );
}

function siteList(
  title: MessageKey,
  empty: MessageKey,
  hosts: string[],
  action: MessageKey,
  lang: Lang,
  onAction: (host: string) => void,
  id: string,
): HTMLElement {
  const list = h('ul', { className: 'sites', attrs: { id } });
  for (const host of hosts) {
    const button = h('button', { text: t(lang, action), attrs: { type: 'button', 'data-host': host } });
    button.addEventListener('click', () => onAction(host));
    list.append(h('li', {}, h('span', { text: host }), button));
  }
  return h(
    'fieldset',
    {},
    h('legend', { text: t(lang, title) }),
    hosts.length > 0 ? list : h('p', { className: 'muted', text: t(lang, empty) }),
  );
}

async function render(): Promise<void> {
  const settings = await loadSettings();
  const lang = languageOf(settings);
  document.documentElement.lang = lang;
  document.title = t(lang, 'optionsTitle');
  (document.getElementById('title') as HTMLElement).textContent = t(lang, 'optionsTitle');
  (document.getElementById('privacy') as HTMLElement).textContent = t(lang, 'optionsPrivacy');
  const always = await alwaysOnPatterns().catch(() => []);
  const reset = h('button', { text: t(lang, 'optionsReset'), attrs: { type: 'button', id: 'reset' } });
  reset.addEventListener('click', () =>
    save({ ...DEFAULT_SETTINGS, categories: [...DEFAULT_SETTINGS.categories] }, lang),
  );
  form.replaceChildren(
    general(settings, lang),
    categories(settings, lang),
    siteList(
      'optionsDisabledSites',
      'optionsNoDisabledSites',
      settings.disabledSites,
      'optionsTurnOn',
      lang,
      (host) => save({ disabledSites: settings.disabledSites.filter((s) => s !== host) }, lang),
      'disabled-sites',
    ),
    siteList(
      'optionsAlwaysSites',
      'optionsNoAlwaysSites',
      always.map(hostOfPattern),
      'optionsRevoke',
      lang,
      (host) => void revokeAlwaysOn(`*://${host}/*`).then(() => render()),
      'always-sites',
    ),
    reset,
  );
}

onSettingsChanged(() => void render());
void render();
