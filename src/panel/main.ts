/**
 * The panel (Chrome's side panel, Firefox's sidebar, or the same page in a tab): the active
 * tab's report, which follows the reader from tab to tab and article to article; the glossary
 * search; and the explanation of a selection handed over by the context menu. Tests (and
 * browsers without a sidebar) name the tab to read as the popup's page does: ?tab=ID&url=URL.
 */
import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import { explainSelection } from '../core/explain-selection.ts';
import { t, type Lang, type MessageKey } from '../i18n/messages.ts';
import { parseInView, parsePendingExplain, PENDING_EXPLAIN_KEY } from '../messages/panel-messages.ts';
import { languageOf, loadSettings, onSettingsChanged } from '../platform/settings-store.ts';
import { targetTab } from '../views/tab-target.ts';
import { h } from '../ui/dom.ts';
import { renderExplanation } from './explain-view.ts';
import { panelFinder } from './glossary-data.ts';
import { markInView } from './in-view.ts';
import { ReportView, type ReportTarget } from './report-view.ts';
import { createSearchView } from './search-view.ts';

type View = 'report' | 'search' | 'explain';
const VIEWS: Record<View, MessageKey> = {
  report: 'panelViewArticle',
  search: 'panelViewSearch',
  explain: 'panelViewExplain',
};
/** A selection handed over longer ago than this is not shown by a panel that opens later. */
const FRESH_MS = 60_000;

const params = new URLSearchParams(location.search);
const fixedTab = Number(params.get('tab')) > 0;

async function start(): Promise<void> {
  const lang: Lang = languageOf(await loadSettings());
  document.documentElement.lang = lang;
  document.title = t(lang, 'panelTitle');
  (document.getElementById('title') as HTMLElement).textContent = t(lang, 'panelTitle');
  const nav = document.getElementById('views') as HTMLElement;
  nav.setAttribute('aria-label', t(lang, 'panelViews'));
  const panes: Record<View, HTMLElement> = {
    report: document.getElementById('report') as HTMLElement,
    search: document.getElementById('search') as HTMLElement,
    explain: document.getElementById('explain') as HTMLElement,
  };
  const buttons = {} as Record<View, HTMLButtonElement>;
  const show = (view: View): void => {
    document.body.dataset.view = view;
    for (const name of Object.keys(panes) as View[]) {
      panes[name].hidden = name !== view;
      buttons[name].setAttribute('aria-pressed', String(name === view));
    }
  };
  for (const view of Object.keys(VIEWS) as View[]) {
    const button = h('button', {
      className: 'view',
      text: t(lang, VIEWS[view]),
      attrs: { type: 'button', id: `show-${view}` },
    });
    button.addEventListener('click', () => {
      show(view);
      if (view === 'search') search.focus();
    });
    buttons[view] = button;
    nav.append(button);
  }
  buttons.explain.hidden = true;

  const search = createSearchView(lang);
  panes.search.append(search.element);
  const report = new ReportView(panes.report, lang);

  // The tab spoken about: the one named in the address, or the active tab of this window.
  let current: ReportTarget | undefined = await targetTab(location.search);
  const windowId = fixedTab ? undefined : (await browser.windows.getCurrent().catch(() => undefined))?.id;
  const reload = (): void => void report.load(current);
  reload();
  show('report');

  if (!fixedTab) {
    browser.tabs.onActivated.addListener((info) => {
      if (info.windowId !== windowId) return;
      void browser.tabs.get(info.tabId).then((tab: Tabs.Tab) => {
        current = { id: info.tabId, url: tab.url };
        reload();
      });
    });
  }
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (tabId !== current?.id || change.status !== 'complete') return;
    current = { id: tabId, url: tab.url ?? current.url };
    reload();
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab?.id !== current?.id) return undefined;
    const span = parseInView(message);
    if (span) document.body.dataset.inView = String(markInView(panes.report, span));
    return undefined;
  });

  let shownAt = 0;
  const explain = (value: unknown, anyAge: boolean): void => {
    const pending = parsePendingExplain(value);
    if (!pending || pending.at <= shownAt || (!anyAge && Date.now() - pending.at > FRESH_MS)) return;
    shownAt = pending.at;
    panes.explain.replaceChildren(renderExplanation(explainSelection(pending.text, panelFinder()), lang));
    buttons.explain.hidden = false;
    show('explain');
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && changes[PENDING_EXPLAIN_KEY])
      explain(changes[PENDING_EXPLAIN_KEY].newValue, true);
  });
  const stored = await browser.storage.session.get(PENDING_EXPLAIN_KEY).catch(() => ({}));
  explain((stored as Record<string, unknown>)[PENDING_EXPLAIN_KEY], params.get('view') === 'explain');
  if (params.get('view') === 'search') show('search');

  onSettingsChanged((settings) => {
    if (languageOf(settings) !== lang) location.reload();
    else reload();
  });
  document.body.dataset.ready = 'true';
}

void start();
