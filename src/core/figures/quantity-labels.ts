/**
 * Labels for counts, ratios, percentages, measures and money: what is counted, readable
 * without the article.
 *
 * Vietnamese puts the counted noun after the number ("206 đảng viên"), so that noun phrase
 * is the label. When a verb governs the number ("đã kết nạp 206 đảng viên"), the label
 * adds it as a passive qualifier ("đảng viên được kết nạp"), which is what makes the label
 * stand alone. Money and measures usually name their subject before the number ("Tổng kinh
 * phí … là 2,5 tỷ đồng"), percentages the level they report ("tăng 12,5% so với cùng kỳ").
 */

import type { FigureKind } from '../analysis-types.ts';
import { SIGNED_LEVEL_VERBS, TARGET_NOUNS } from './figure-lexicon.ts';
import {
  levelVerbBefore,
  nounPhraseAfter,
  objectVerbBefore,
  phraseBefore,
  phraseText,
  sentenceSubject,
  wordsAre,
  type PhraseContext,
} from './phrase-reading.ts';
import { phraseKey } from './syllable-key.ts';

export interface QuantityPlace {
  /** First token of the figure (its approximator when there is one). */
  first: number;
  /** First token of the numeral itself. */
  numeral: number;
  /** Token after the figure. */
  next: number;
}

function join(...parts: string[]): string {
  return parts
    .filter((part) => part.length > 0)
    .join(' ')
    .trim();
}

/** "Thăm hỏi" opening a sentence reads "thăm hỏi" inside a label; acronyms stay as written. */
function lowerSentenceStart(words: string): string {
  const second = words.charAt(1);
  return second !== '' && second === second.toLowerCase()
    ? words.charAt(0).toLowerCase() + words.slice(1)
    : words;
}

function withVerb(context: PhraseContext, noun: string, place: QuantityPlace): string {
  const verb = lowerSentenceStart(phraseText(context, objectVerbBefore(context, place.first)));
  return verb.length > 0 ? `${noun} được ${verb}` : noun;
}

function beforeOrSubject(context: PhraseContext, index: number): string {
  const before = phraseText(context, phraseBefore(context, index));
  return before.length > 0 ? before : phraseText(context, sentenceSubject(context, index));
}

/** "so với cùng kỳ": the comparison after a percentage, if any. */
function comparisonAfter(context: PhraseContext, index: number): string {
  if (!wordsAre(context.tokens, index, 'so với')) return '';
  const compared = phraseText(context, nounPhraseAfter(context, index + 2));
  return compared.length > 0 ? `so với ${compared}` : '';
}

function percentLabel(context: PhraseContext, place: QuantityPlace): string {
  const noun = phraseText(context, nounPhraseAfter(context, place.next));
  const comparison = comparisonAfter(context, place.next);
  const levelIndex = levelVerbBefore(context, place.first);
  if (levelIndex < 0) {
    if (noun.length > 0) return join(noun, comparison);
    return join(beforeOrSubject(context, place.first), comparison);
  }
  const level = context.tokens[levelIndex];
  const subject = beforeOrSubject(context, levelIndex);
  const signed = level !== undefined && SIGNED_LEVEL_VERBS.has(level.key) ? level.raw : '';
  let measuredAgainst = '';
  if (noun.length > 0) {
    const firstNounKey = phraseKey(noun.split(' ').slice(0, 2).join(' '));
    const isTarget = TARGET_NOUNS.has(firstNounKey) || TARGET_NOUNS.has(firstNounKey.split(' ')[0] ?? '');
    if (level?.key === phraseKey('chiếm')) measuredAgainst = `trong ${noun}`;
    else measuredAgainst = isTarget ? `so với ${noun}` : noun;
  }
  return join(subject, signed, measuredAgainst, comparison);
}

export function quantityLabel(context: PhraseContext, place: QuantityPlace, kind: FigureKind): string {
  if (kind === 'percent') return percentLabel(context, place);
  const noun = phraseText(context, nounPhraseAfter(context, place.next));
  if (kind === 'money') {
    const before = beforeOrSubject(context, place.first);
    if (before.length > 0) {
      const purpose =
        wordsAre(context.tokens, place.next, 'cho') || wordsAre(context.tokens, place.next, 'để');
      const purposeText = purpose ? phraseText(context, nounPhraseAfter(context, place.next + 1)) : '';
      const opener = context.tokens[place.next]?.raw ?? '';
      return purposeText.length > 0 ? join(before, opener, purposeText) : before;
    }
    return noun;
  }
  if (noun.length > 0) return withVerb(context, noun, place);
  return beforeOrSubject(context, place.first);
}
