/**
 * The panel's view of one tab: the popup's report (key figures, dates, documents, terms), or an
 * honest state (not an article and why, not running, another site). It uses the popup's path:
 * get-report from the page, figures read here, entry summaries from the background.
 */
import browser from 'webextension-polyfill';
import { classifyUrl } from '../core/site.ts';
import { t, type Lang } from '../i18n/messages.ts';
import type { PageReport } from '../messages/protocol.ts';
import { completeReport, copyText } from '../views/complete-report.ts';
import { reasonKey } from '../views/reason-key.ts';
import { askPage } from '../platform/ask-page.ts';
import { annotateTab, requestReport, reveal } from '../views/page-link.ts';
import { renderReport } from '../views/render-report.ts';
import { h } from '../ui/dom.ts';

export interface ReportTarget {
  id: number;
  url: string | undefined;
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const node = h('button', { className: 'primary', text: label, attrs: { type: 'button' } });
  node.addEventListener('click', onClick);
  return node;
}

/** Asks the page to report what is in view while the reader scrolls. */
function watchView(tabId: number): void {
  void askPage(tabId, { type: 'watch-view' });
}

export class ReportView {
  /** Bumped by every load, so an answer for an older tab or article is dropped. */
  private generation = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly lang: Lang,
  ) {}

  private status(state: string, text: string, ...extra: Node[]): void {
    this.root.replaceChildren(
      h('p', { className: 'status', text, attrs: { 'data-state': state } }),
      ...extra,
    );
  }

  async load(tab: ReportTarget | undefined): Promise<void> {
    const generation = ++this.generation;
    const { lang } = this;
    if (!tab) {
      this.status('not-web', t(lang, 'popupNotWebPage'));
      return;
    }
    this.status('loading', t(lang, 'popupLoading'));
    let report = await requestReport(tab.id);
    for (let i = 0; report?.state === 'loading' && i < 20; i++) {
      await new Promise((done) => setTimeout(done, 500));
      if (generation !== this.generation) return;
      report = await requestReport(tab.id);
    }
    if (generation !== this.generation) return;
    if (report) {
      await this.show(tab, report, generation);
      return;
    }
    const kind = classifyUrl(tab.url);
    if (kind === 'not-web') this.status('not-web', t(lang, 'popupNotWebPage'));
    else if (kind === 'site')
      this.status(
        'not-running',
        t(lang, 'popupNotRunning'),
        button(t(lang, 'popupReload'), () => void browser.tabs.reload(tab.id)),
      );
    else
      this.status(
        'other-site',
        t(lang, 'popupOtherSite'),
        h(
          'div',
          { className: 'actions' },
          button(t(lang, 'popupAnnotate'), () => {
            annotateTab(tab.id)
              .then(() => this.load(tab))
              .catch((error: unknown) =>
                this.status(
                  'annotate-failed',
                  t(lang, 'popupAnnotateFailed', error instanceof Error ? error.message : String(error)),
                ),
              );
          }),
        ),
      );
  }

  private async show(tab: ReportTarget, report: PageReport, generation: number): Promise<void> {
    const { lang } = this;
    if (report.article.reason === 'off') {
      this.status('off', t(lang, 'popupOff'));
      return;
    }
    if (!report.article.isArticle) {
      const why = t(lang, reasonKey(report.article.reason));
      this.status(
        'not-article',
        t(lang, 'popupNotArticle'),
        h('p', { className: 'why', text: t(lang, 'popupWhy', why) }),
      );
      return;
    }
    const { report: withFigures, byId } = await completeReport(report);
    if (generation !== this.generation) return;
    this.root.replaceChildren(
      h('div', { attrs: { 'data-state': 'report' } }),
      ...renderReport(withFigures, {
        lang,
        byId,
        reveal: (start, end, openCard) => void reveal(tab.id, start, end, openCard),
        copy: copyText,
      }),
    );
    watchView(tab.id);
  }
}
