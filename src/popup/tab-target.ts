/** Which tab the popup speaks about. */
import browser from 'webextension-polyfill';

export interface TargetTab {
  id: number;
  url: string | undefined;
}

/**
 * The toolbar popup reads the active tab. Tests open the popup as a page of its own and name
 * the tab to read in its address (?tab=ID), since the popup's "active tab" would be itself.
 */
export async function targetTab(search: string): Promise<TargetTab | undefined> {
  const named = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(named) && named > 0) {
    const tab = await browser.tabs.get(named).catch(() => undefined);
    return tab ? { id: named, url: tab.url } : undefined;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}
