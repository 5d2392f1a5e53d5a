/** The background's part in the panel: the shortcut, the "Explain" menu and its language. */
import browser from 'webextension-polyfill';
import { languageOf, loadSettings, onSettingsChanged } from '../platform/settings-store.ts';
import {
  createExplainMenu,
  listenToExplainMenu,
  onExplainClick,
  retitleExplainMenu,
} from './explain-menu.ts';
import { openPanel, type PanelTab } from './panel-opener.ts';

export const OPEN_PANEL_COMMAND = 'open-panel';

export function wirePanel(): void {
  listenToExplainMenu();
  const makeMenu = (): void =>
    void loadSettings()
      .then((settings) => createExplainMenu(languageOf(settings)))
      .catch((error: unknown) => console.warn('[Lai Châu Reader]', error));
  browser.runtime.onInstalled.addListener(makeMenu);
  browser.runtime.onStartup.addListener(makeMenu);
  onSettingsChanged((settings) => void retitleExplainMenu(languageOf(settings)).catch(() => undefined));

  // Chrome's shortcut (Firefox's opens the sidebar itself: _execute_sidebar_action).
  const commands = browser.commands as unknown as
    { onCommand?: { addListener(listener: (command: string, tab?: PanelTab) => void): void } } | undefined;
  commands?.onCommand?.addListener((command, tab) => {
    if (command === OPEN_PANEL_COMMAND) void openPanel(tab).catch(() => undefined);
  });

  // Driven by the end-to-end tests as the browser would call it (a menu click cannot be scripted).
  (globalThis as unknown as Record<string, unknown>).laichauExplainClick = onExplainClick;
}
