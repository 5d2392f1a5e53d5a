/** The popup's switches: on or off everywhere, on or off for this site, and the language. */
import { LANGUAGE_CHOICES, type LanguageChoice, type Settings } from '../core/settings.ts';
import { t, type Lang, type MessageKey } from '../i18n/messages.ts';
import { h } from '../ui/dom.ts';

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
  const select = h('select', { attrs: { id: 'language' } });
  for (const choice of LANGUAGE_CHOICES) {
    const option = h('option', { text: t(lang, LANGUAGE_LABELS[choice]), attrs: { value: choice } });
    option.selected = settings.language === choice;
    select.append(option);
  }
  select.addEventListener('change', () => actions.save({ language: select.value as LanguageChoice }));
  nodes.push(
    h('label', { className: 'language', attrs: { for: 'language' } }, t(lang, 'popupLanguage'), select),
  );
  return nodes;
}
