/**
 * The popup's way into the panel. Where the browser has a side panel (Chrome) or a sidebar
 * (Firefox desktop) it opens there, straight from the click (the APIs need the reader's
 * gesture); where it has neither (Firefox for Android) the same page opens as a tab.
 */
import browser from 'webextension-polyfill';
import { t, type Lang } from '../i18n/messages.ts';
import type { TargetTab } from '../views/tab-target.ts';

const PANEL_PAGE = 'src/panel/panel.html';

interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

function apis(): PanelApis {
  const chrome = (globalThis as unknown as { chrome?: PanelApis }).chrome;
  return { sidePanel: chrome?.sidePanel, sidebarAction: (browser as unknown as PanelApis).sidebarAction };
}

async function openAsTab(tab: TargetTab | undefined): Promise<void> {
  const query = tab ? `?tab=${tab.id}${tab.url ? `&url=${encodeURIComponent(tab.url)}` : ''}` : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`${PANEL_PAGE}${query}`) });
  window.close();
}

export function panelButton(button: HTMLElement | null, tab: TargetTab | undefined, lang: Lang): void {
  if (!button) return;
  const { sidePanel, sidebarAction } = apis();
  const inPlace = Boolean(sidePanel ?? sidebarAction);
  button.textContent = t(lang, inPlace ? 'popupOpenPanel' : 'popupOpenPanelTab');
  button.hidden = false;
  // Known before the click: the side panel must be opened in the click's own turn.
  let windowId: number | undefined;
  void browser.windows
    .getCurrent()
    .then((win) => (windowId = win.id))
    .catch(() => undefined);
  button.addEventListener('click', () => {
    let opening: Promise<void> | undefined;
    try {
      if (sidePanel && windowId !== undefined) opening = sidePanel.open({ windowId });
      else if (sidebarAction) opening = sidebarAction.open();
    } catch {
      opening = undefined;
    }
    if (!opening) {
      void openAsTab(tab);
      return;
    }
    void opening.then(() => window.close()).catch(() => openAsTab(tab));
  });
}
