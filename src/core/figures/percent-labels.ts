/**
 * Labels for percentages: what changed or what is measured, and against what ("doanh thu
 * tăng so với cùng kỳ", "thu ngân sách so với dự toán", "tỷ lệ hộ nghèo").
 *
 * A percentage after a comma and a level verb ("đạt 1.845 tỷ đồng, bằng 78% dự toán, tăng
 * 9,2%") is about what the quantity before it in the sentence measures; so is the second
 * number of a change ("giảm từ 28% xuống còn 14,6%") and a bare rate ("…, đạt tỷ lệ 99,8%").
 */

import { beforeOrSubject, join, withoutSpeaker } from './label-cleanup.ts';
import { lexicon } from './lexicon.ts';
import {
  levelVerbBefore,
  matchAt,
  nounPhraseAfter,
  phraseBefore,
  phraseText,
  sentenceSubject,
  wordsAre,
  type PhraseContext,
} from './phrase-reading.ts';
import type { QuantityLabel, QuantityPlace } from './quantity-labels.ts';
import { phraseKey } from './syllable-key.ts';

/** "so với cùng kỳ năm 2024", "so với năm trước": the comparison after a percentage, if any. */
export function comparisonAfter(context: PhraseContext, index: number): string {
  if (!wordsAre(context.tokens, index, 'so với')) return '';
  const range = nounPhraseAfter(context, index + 2);
  if (range === undefined) return '';
  let to = range.to;
  const last = context.tokens[to - 1];
  const year = context.tokens[to];
  if (last?.key === phraseKey('năm') && year?.kind === 'digits' && year.raw.length === 4) to += 1;
  return `so với ${phraseText(context, { from: range.from, to })}`;
}

/** "100% chi bộ đã tổ chức sinh hoạt": the noun and what is said of it. */
function nounWithPredicate(context: PhraseContext, index: number): string {
  const range = nounPhraseAfter(context, index);
  const noun = phraseText(context, range);
  if (range === undefined) return '';
  const auxiliary = context.tokens[range.to];
  if (auxiliary === undefined || !['đã', 'đều', 'đang', 'cũng'].map(phraseKey).includes(auxiliary.key))
    return noun;
  const predicate = phraseText(context, nounPhraseAfter(context, range.to + 1));
  return join(noun, predicate);
}

/** The previous quantity's subject when this one continues its sentence. */
function previousSubject(context: PhraseContext, levelIndex: number): string {
  const previous = context.previous;
  if (previous === undefined || previous.next > levelIndex) return '';
  for (let i = previous.next; i < levelIndex; i += 1) if (context.tokens[i]?.raw === ';') return '';
  return previous.subject;
}

/** What the level verb at `levelIndex` is about. */
export function subjectOf(
  context: PhraseContext,
  levelIndex: number,
): { subject: string; adverbial: string } {
  const lex = lexicon();
  const previous = previousSubject(context, levelIndex);
  // "từ 28% xuống còn 14,6%".
  const turn = context.tokens[levelIndex - 1];
  if (previous.length > 0 && turn !== undefined && lex.RANGE_TURNS.has(turn.key))
    return { subject: previous, adverbial: '' };
  const beforeRange = withoutSpeaker(context, phraseBefore(context, levelIndex));
  const before = phraseText(context, beforeRange);
  if (before.length === 0) {
    if (previous.length > 0) return { subject: previous, adverbial: '' };
    return {
      subject: phraseText(context, withoutSpeaker(context, sentenceSubject(context, levelIndex))),
      adverbial: '',
    };
  }
  // "bình quân mỗi năm giảm 3,3%".
  if (previous.length > 0 && beforeRange !== undefined) {
    const length = matchAt(context.tokens, beforeRange.from, lex.ADVERBIALS);
    if (length > 0) return { subject: previous, adverbial: before };
  }
  return { subject: before, adverbial: '' };
}

/** "đạt tỷ lệ 99,8%" after "356.000 cử tri tham gia": the rate of what came before. */
function bareRate(context: PhraseContext, place: QuantityPlace): string {
  const before = phraseBefore(context, place.first, 3);
  if (before === undefined) return '';
  let from = before.from;
  if (lexicon().LEVEL_VERBS.has(context.tokens[from]?.key ?? '')) from += 1;
  const rate = phraseText(context, { from, to: before.to });
  if (!lexicon().RATE_NOUNS.has(phraseKey(rate))) return '';
  const previous = previousSubject(context, place.first);
  return previous.length > 0 ? `${rate} ${previous}` : '';
}

export function percentLabel(context: PhraseContext, place: QuantityPlace): QuantityLabel {
  const lex = lexicon();
  const comparison = comparisonAfter(context, place.next);
  const levelIndex = levelVerbBefore(context, place.first);
  if (levelIndex < 0) {
    const noun = nounWithPredicate(context, place.next);
    if (noun.length > 0) return { label: join(noun, comparison), subject: noun };
    const rate = bareRate(context, place);
    const subject = rate.length > 0 ? rate : beforeOrSubject(context, place.first);
    return { label: join(subject, comparison), subject };
  }
  const level = context.tokens[levelIndex];
  const { subject, adverbial } = subjectOf(context, levelIndex);
  const signed = level !== undefined && lex.SIGNED_LEVEL_VERBS.has(level.key) ? level.raw : '';
  const noun = phraseText(context, nounPhraseAfter(context, place.next));
  let measuredAgainst = '';
  if (noun.length > 0) {
    const firstNounKey = phraseKey(noun.split(' ').slice(0, 2).join(' '));
    const isTarget =
      lex.TARGET_NOUNS.has(firstNounKey) || lex.TARGET_NOUNS.has(firstNounKey.split(' ')[0] ?? '');
    if (level?.key === phraseKey('chiếm')) measuredAgainst = `trong ${noun}`;
    else measuredAgainst = isTarget ? `so với ${noun}` : noun;
  }
  return { label: join(subject, signed, adverbial, measuredAgainst, comparison), subject };
}
