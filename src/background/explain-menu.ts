/**
 * "Explain with Lai Châu Reader" on a selection, on any site. The menu click hands the
 * selection's text to the background (info.selectionText): nothing is injected into the page,
 * so it works on sites the reader never granted. The text waits in storage.session for the
 * panel, which may be opening only now.
 */
import browser from 'webextension-polyfill';
import { t, type Lang } from '../i18n/messages.ts';
import { PENDING_EXPLAIN_KEY, SELECTION_MAX, type PendingExplain } from '../messages/panel-messages.ts';
import { openPanel, type PanelTab } from './panel-opener.ts';

export const EXPLAIN_MENU_ID = 'laichau-explain-selection';

interface MenusApi {
  create(properties: { id: string; title: string; contexts: string[] }): unknown;
  update(id: string, properties: { title: string }): Promise<void>;
  removeAll(): Promise<void>;
  onClicked: { addListener(listener: (info: MenuClick, tab?: PanelTab) => void): void };
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

/** Firefox calls it "menus", Chrome "contextMenus". */
function menusApi(): MenusApi | undefined {
  const api = browser as unknown as { menus?: MenusApi; contextMenus?: MenusApi };
  return api.menus ?? api.contextMenus;
}

export async function createExplainMenu(lang: Lang): Promise<void> {
  const menus = menusApi();
  if (!menus) return;
  await menus.removeAll();
  menus.create({ id: EXPLAIN_MENU_ID, title: t(lang, 'menuExplain'), contexts: ['selection'] });
}

export async function retitleExplainMenu(lang: Lang): Promise<void> {
  await menusApi()
    ?.update(EXPLAIN_MENU_ID, { title: t(lang, 'menuExplain') })
    .catch(() => createExplainMenu(lang));
}

/** The click handler, as the browser calls it. The panel opens first: that needs the gesture. */
export async function onExplainClick(info: MenuClick, tab: PanelTab | undefined): Promise<void> {
  if (info.menuItemId !== EXPLAIN_MENU_ID) return;
  const text = typeof info.selectionText === 'string' ? info.selectionText.slice(0, SELECTION_MAX) : '';
  if (text.trim().length === 0) return;
  const opened = openPanel(tab, 'explain');
  const pending: PendingExplain = { text, at: Date.now() };
  await browser.storage.session.set({ [PENDING_EXPLAIN_KEY]: pending });
  await opened;
}

export function listenToExplainMenu(): void {
  menusApi()?.onClicked.addListener((info, tab) => void onExplainClick(info, tab).catch(() => undefined));
}
