/**
 * The popup's switches: on or off everywhere, on or off for this site, how much to mark, and
 * the language.
 */
import { MARK_LEVELS } from '../core/mark-levels.ts';
import { LANGUAGE_CHOICES, type LanguageChoice, type Settings } from '../core/settings.ts';
import { MARK_LEVEL_LABELS } from '../i18n/mark-level-labels.ts';
import { t, type Lang, type MessageKey } from '../i18n/messages.ts';
import { h } from '../ui/dom.ts';
import { selectControl } from '../ui/select-control.ts';

/** The popup's drop-downs carry their id as a class too, for its stylesheet. */
function choice<T extends string>(
  id: string,
  label: string,
  values: readonly T[],
  current: T,
  name: (value: T) => string,
  onChange: (value: T) => void,
): HTMLElement {
  return selectControl(id, label, values, current, name, onChange, `language ${id}`);
}

const LANGUAGE_LABELS: Record<LanguageChoice, MessageKey> = {
  auto: 'languageAuto',
  vi: 'languageVi',
  en: 'languageEn',
};

export interface ControlActions {
  save(change: Partial<Settings>): void;
}

function toggle(
  id: string,
  label: string,
  checked: boolean,
  onChange: (checked: boolean) => void,
): HTMLElement {
  const input = h('input', { attrs: { type: 'checkbox', id } });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return h('label', { className: 'toggle', attrs: { for: id } }, input, label);
}

export function renderControls(
  settings: Settings,
  host: string | undefined,
  lang: Lang,
  actions: ControlActions,
): Node[] {
  const nodes: Node[] = [
    toggle('switch-enabled', t(lang, 'popupEnabled'), settings.enabled, (on) =>
      actions.save({ enabled: on }),
    ),
  ];
  if (host) {
    const site = host.replace(/^www\./, '');
    nodes.push(
      toggle('switch-site', t(lang, 'popupSiteEnabled', site), !settings.disabledSites.includes(site), (on) =>
        actions.save({
          disabledSites: on
            ? settings.disabledSites.filter((s) => s !== site)
            : [...settings.disabledSites, site],
        }),
      ),
    );
  }
  nodes.push(
    choice(
      'mark-level',
      t(lang, 'markLevel'),
      MARK_LEVELS,
      settings.markLevel,
      (v) => t(lang, MARK_LEVEL_LABELS[v]),
      (v) => actions.save({ markLevel: v }),
    ),
    choice(
      'language',
      t(lang, 'popupLanguage'),
      LANGUAGE_CHOICES,
      settings.language,
      (v) => t(lang, LANGUAGE_LABELS[v]),
      (v) => actions.save({ language: v }),
    ),
  );
  return nodes;
}
