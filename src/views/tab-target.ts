/** Which tab the popup speaks about. */
import browser from 'webextension-polyfill';

export interface TargetTab {
  id: number;
  url: string | undefined;
}

/**
 * The toolbar popup reads the active tab. Tests open the popup as a page of its own and name
 * the tab to read in its address (?tab=ID), since the popup's "active tab" would be itself; they
 * name the tab's address too (&url=), which the browser shows a toolbar popup (activeTab) but
 * hides from an extension page opened any other way.
 */
export async function targetTab(search: string): Promise<TargetTab | undefined> {
  const params = new URLSearchParams(search);
  const named = Number(params.get('tab'));
  if (Number.isInteger(named) && named > 0) {
    const tab = await browser.tabs.get(named).catch(() => undefined);
    return tab ? { id: named, url: tab.url ?? params.get('url') ?? undefined } : undefined;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}
