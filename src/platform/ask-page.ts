/**
 * The one way the extension's pages ask the page in a tab: the request's type picks the parser
 * of its answer, so an answer is typed and checked by the same map every caller uses. Undefined
 * when no reader answers (no content script, a closed tab) or when it answers junk.
 */
import browser from 'webextension-polyfill';
import {
  parseAnnotateAnswer,
  parsePageReport,
  parseRevealAnswer,
  parseWatchAnswer,
  type ContentAnswer,
  type ContentAnswers,
  type ContentRequest,
} from '../messages/protocol.ts';

const ANSWER_PARSERS: { [K in keyof ContentAnswers]: (answer: unknown) => ContentAnswers[K] | undefined } = {
  'get-report': parsePageReport,
  reveal: parseRevealAnswer,
  'annotate-anyway': parseAnnotateAnswer,
  'watch-view': parseWatchAnswer,
};

export async function askPage<R extends ContentRequest>(
  tabId: number,
  request: R,
): Promise<ContentAnswer<R> | undefined> {
  const parse = ANSWER_PARSERS[request.type as R['type']] as (
    answer: unknown,
  ) => ContentAnswer<R> | undefined;
  try {
    const answer = parse(await browser.tabs.sendMessage(tabId, request));
    if (answer === undefined) console.warn(`[Lai Châu Reader] the page answered "${request.type}" with junk`);
    return answer;
  } catch {
    return undefined;
  }
}
