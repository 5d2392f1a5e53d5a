/** The toolbar popup: wires the tab, the settings and the page's report into the views. */
import browser from 'webextension-polyfill';
import type { Settings } from '../core/settings.ts';
import { classifyUrl } from '../core/site.ts';
import { t, type Lang } from '../i18n/messages.ts';
import type { PageReport } from '../messages/protocol.ts';
import { completeReport, copyText } from '../views/complete-report.ts';
import { languageOf, loadSettings, saveSettings } from '../platform/settings-store.ts';
import { hostOfPattern, requestAlwaysOn, sitePattern } from '../platform/site-permissions.ts';
import { h } from '../ui/dom.ts';
import { annotateAnyway, annotateTab, requestReport, reveal } from '../views/page-link.ts';
import { reasonKey } from '../views/reason-key.ts';
import { renderControls } from './render-controls.ts';
import { renderReport } from '../views/render-report.ts';
import { panelButton } from './panel-button.ts';
import { targetTab, type TargetTab } from '../views/tab-target.ts';

const app = document.getElementById('app') as HTMLElement;
const controls = document.getElementById('controls') as HTMLElement;

function status(state: string, text: string, ...extra: Node[]): void {
  app.replaceChildren(h('p', { className: 'status', text, attrs: { 'data-state': state } }), ...extra);
}

function actionButton(label: string, onClick: () => void): HTMLButtonElement {
  const button = h('button', { className: 'primary', text: label, attrs: { type: 'button' } });
  button.addEventListener('click', onClick);
  return button;
}

async function showReport(tab: TargetTab, report: PageReport, lang: Lang): Promise<void> {
  if (report.article.reason === 'off') {
    status('off', t(lang, 'popupOff'));
    return;
  }
  if (!report.article.isArticle) {
    const why = t(lang, reasonKey(report.article.reason));
    // Detection can be wrong: the reader may still have the page's main text marked, on this tab.
    const anyway = actionButton(t(lang, 'popupAnnotateAnyway'), () => {
      void annotateAnyway(tab.id, true).then((ok) =>
        ok ? load(tab, lang) : status('anyway-none', t(lang, 'popupAnnotateAnywayNone')),
      );
    });
    anyway.id = 'annotate-anyway';
    status(
      'not-article',
      t(lang, 'popupNotArticle'),
      h('p', { className: 'why', text: t(lang, 'popupWhy', why) }),
      h('div', { className: 'actions' }, anyway),
    );
    return;
  }
  const chosen: Node[] = [];
  if (report.article.reason === 'article:reader-chosen') {
    const undo = actionButton(t(lang, 'popupUndoAnnotate'), () => {
      void annotateAnyway(tab.id, false).then(() => load(tab, lang));
    });
    undo.id = 'undo-annotate';
    chosen.push(
      h('p', {
        className: 'why',
        text: t(lang, 'popupReaderChosen'),
        attrs: { 'data-state': 'reader-chosen' },
      }),
      h('div', { className: 'actions' }, undo),
    );
  }
  const { report: withFigures, byId } = await completeReport(report);
  app.replaceChildren(
    h('div', { attrs: { 'data-state': 'report' } }),
    ...chosen,
    ...renderReport(withFigures, {
      lang,
      byId,
      reveal: (start, end, openCard) => void reveal(tab.id, start, end, openCard),
      copy: copyText,
    }),
  );
  // Read by the bench: from the popup's opening (its navigation) to the figures on screen.
  performance.mark('laichau-popup:figures-shown');
}

/** Asks the page until it is ready: a body that loads late first answers "loading". */
async function waitForReport(tab: TargetTab, lang: Lang, tries = 20): Promise<PageReport | undefined> {
  for (let i = 0; i < tries; i++) {
    const report = await requestReport(tab.id);
    if (!report || report.state === 'ready') return report;
    if (i === 0) status('loading', t(lang, 'popupLoading'));
    await new Promise((done) => setTimeout(done, 500));
  }
  return requestReport(tab.id);
}

async function load(tab: TargetTab, lang: Lang): Promise<void> {
  status('loading', t(lang, 'popupLoading'));
  const report = await waitForReport(tab, lang);
  if (report) {
    await showReport(tab, report, lang);
    return;
  }
  const kind = classifyUrl(tab.url);
  if (kind === 'not-web') {
    status('not-web', t(lang, 'popupNotWebPage'));
  } else if (kind === 'site') {
    status(
      'not-running',
      t(lang, 'popupNotRunning'),
      actionButton(t(lang, 'popupReload'), () => void browser.tabs.reload(tab.id).then(() => window.close())),
    );
  } else {
    const buttons: Node[] = [
      actionButton(t(lang, 'popupAnnotate'), () => {
        annotateTab(tab.id)
          .then(() => load(tab, lang))
          .catch((error: unknown) =>
            status(
              'annotate-failed',
              t(lang, 'popupAnnotateFailed', error instanceof Error ? error.message : String(error)),
            ),
          );
      }),
    ];
    const pattern = sitePattern(tab.url);
    if (pattern) {
      const host = hostOfPattern(pattern);
      buttons.push(
        actionButton(t(lang, 'popupAlwaysOn', host), () => {
          // The grant is asked straight from the click: browsers only prompt in answer to the reader.
          void requestAlwaysOn(pattern)
            .catch(() => false)
            .then(async (granted) => {
              if (!granted) {
                status('always-on-refused', t(lang, 'popupAlwaysOnRefused', host));
                return;
              }
              // This tab was opened before the grant: start the reader in it too.
              await annotateTab(tab.id).catch(() => undefined);
              status('always-on', t(lang, 'popupAlwaysOnDone', host));
            });
        }),
      );
    }
    status('other-site', t(lang, 'popupOtherSite'), h('div', { className: 'actions' }, ...buttons));
  }
}

/** Labels that follow the language; the options button is wired once in start(). */
function label(lang: Lang): void {
  document.documentElement.lang = lang;
  document.title = t(lang, 'popupTitle');
  const heading = document.getElementById('title');
  if (heading) heading.textContent = t(lang, 'popupTitle');
  const shortcut = document.getElementById('shortcut');
  if (shortcut) shortcut.textContent = t(lang, 'popupShortcut');
  const options = document.getElementById('options');
  if (options) options.textContent = t(lang, 'popupOptions');
}

/** Draws the switches and the tab's report; runs again after every change of settings. */
async function refresh(tab: TargetTab, known?: Settings): Promise<void> {
  const settings = known ?? (await loadSettings());
  const lang = languageOf(settings);
  label(lang);
  const host = tab.url && classifyUrl(tab.url) !== 'not-web' ? new URL(tab.url).hostname : undefined;
  controls.replaceChildren(
    ...renderControls(settings, host, lang, {
      save: (change) => {
        // The page applies the change itself (it listens to storage); the popup redraws after it.
        void saveSettings(change).then(() => setTimeout(() => void refresh(tab), 150));
      },
    }),
  );
  await load(tab, lang);
}

async function start(): Promise<void> {
  // Read by the bench: the popup's own work begins here (its tab and document come before).
  performance.mark('laichau-popup:start');
  document.getElementById('options')?.addEventListener('click', () => void browser.runtime.openOptionsPage());
  // The tab and the settings are read at once, and the settings once.
  const [tab, settings] = await Promise.all([targetTab(location.search), loadSettings()]);
  const lang = languageOf(settings);
  panelButton(document.getElementById('open-panel'), tab, lang);
  if (!tab) {
    label(lang);
    status('not-web', t(lang, 'popupNotWebPage'));
    return;
  }
  await refresh(tab, settings);
}

void start();
