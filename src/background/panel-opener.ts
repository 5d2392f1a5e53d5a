/**
 * Opens the panel: Chrome's side panel, Firefox's sidebar, or, where neither exists (Firefox
 * for Android) or the browser refuses, the same page in a tab. The panel API must be called in
 * the same turn as the reader's gesture, so `openPanel` calls it before awaiting anything.
 */
import browser from 'webextension-polyfill';

export const PANEL_PAGE = 'src/panel/panel.html';

interface SidePanelApi {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
}

interface SidebarApi {
  open(): Promise<void>;
}

function sidePanelApi(): SidePanelApi | undefined {
  const scope = globalThis as unknown as { chrome?: { sidePanel?: SidePanelApi } };
  return scope.chrome?.sidePanel;
}

function sidebarApi(): SidebarApi | undefined {
  return (browser as unknown as { sidebarAction?: SidebarApi }).sidebarAction;
}

export interface PanelTab {
  id?: number;
  windowId?: number;
}

/** The panel page as a tab, told which tab it speaks about (as the popup is in tests). */
export async function openPanelTab(tab: PanelTab | undefined, view?: 'explain'): Promise<void> {
  const query = new URLSearchParams();
  if (tab?.id !== undefined && tab.id >= 0) query.set('tab', String(tab.id));
  if (view) query.set('view', view);
  const search = query.size > 0 ? `?${query.toString()}` : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`${PANEL_PAGE}${search}`) });
}

/** Must be called synchronously from the reader's click or shortcut. */
export function openPanel(tab: PanelTab | undefined, view?: 'explain'): Promise<void> {
  let opening: Promise<void> | undefined;
  try {
    const sidePanel = sidePanelApi();
    const sidebar = sidebarApi();
    if (sidePanel && tab?.windowId !== undefined) opening = sidePanel.open({ windowId: tab.windowId });
    else if (sidebar) opening = sidebar.open();
  } catch {
    opening = undefined;
  }
  if (!opening) return openPanelTab(tab, view);
  return opening.catch(() => openPanelTab(tab, view));
}
