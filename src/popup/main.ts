import browser from 'webextension-polyfill';
import { parsePageReport, type ContentRequest } from '../messages/protocol.ts';

async function targetTabId(): Promise<number | undefined> {
  // Tests open the popup as a tab and name the tab to read; a real popup reads the active tab.
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function main(): Promise<void> {
  const app = document.getElementById('app');
  if (!app) return;
  const tabId = await targetTabId();
  if (tabId === undefined) return;
  const request: ContentRequest = { type: 'get-report' };
  const answer: unknown = await browser.tabs.sendMessage(tabId, request).catch(() => undefined);
  const report = parsePageReport(answer);
  const line = document.createElement('p');
  line.dataset.state = report ? 'report' : 'no-answer';
  line.textContent = report ? (report.article.title ?? report.url) : 'No answer';
  app.replaceChildren(line);
}

void main();
