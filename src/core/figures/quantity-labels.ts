/**
 * Labels for counts, ratios, measures and money: what is counted, readable without the
 * article.
 *
 * Vietnamese puts the counted noun after the number ("206 đảng viên"), so that noun phrase
 * is the label. When a verb governs the number ("đã kết nạp 206 đảng viên"), the label
 * adds it as a passive qualifier ("đảng viên được kết nạp"). A classifier or a unit alone
 * after the number ("khách nội địa 9.800 lượt", "đàn trâu 15.200 con") says how, not what:
 * the noun phrase before the number names it then. Money and measures usually name their
 * subject before the number ("Tổng kinh phí … là 2,5 tỷ đồng").
 */

import type { FigureKind } from '../analysis-types.ts';
import {
  beforeOrSubject,
  isBareClassifier,
  join,
  lowerSentenceStart,
  withoutSpeaker,
} from './label-cleanup.ts';
import { lexicon } from './lexicon.ts';
import { comparisonAfter, percentLabel, subjectOf } from './percent-labels.ts';
import {
  levelVerbBefore,
  matchAt,
  nounPhraseAfter,
  objectVerbBefore,
  phraseBefore,
  phraseText,
  sentenceSubject,
  wordsAre,
  type PhraseContext,
  type Range,
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

export interface QuantityLabel {
  label: string;
  /** What a change read next in the sentence would be about. */
  subject: string;
}

function withVerb(context: PhraseContext, noun: string, place: QuantityPlace): string {
  const verb = lowerSentenceStart(phraseText(context, objectVerbBefore(context, place.first)));
  return verb.length > 0 ? `${noun} được ${verb}` : noun;
}

/** "45 người là giáo viên": what a bare classifier is said to be. */
function copulaNoun(context: PhraseContext, noun: Range): string {
  const after = noun.to;
  if (matchAt(context.tokens, after, lexicon().COPULA_AFTER_CLASSIFIER) !== 1) return '';
  return phraseText(context, nounPhraseAfter(context, after + 1));
}

/** Label of a quantity whose noun after the number is a classifier alone, or missing. */
function labelBefore(context: PhraseContext, place: QuantityPlace, classifier: string): string {
  const lex = lexicon();
  const before = beforeOrSubject(context, place.first);
  if (before.length === 0) return classifier;
  const classifierKey = phraseKey(classifier);
  // "làm chết 5 người, bị thương 7 người": what happened to the people, said of them.
  const words = before.split(' ');
  if (lex.PERSON_CLASSIFIERS.has(classifierKey) && words.length <= 3) {
    const deed = lex.CAUSATIVES.has(phraseKey(words[0] ?? '')) ? words.slice(1).join(' ') : before;
    return `${classifier} ${lowerSentenceStart(deed)}`;
  }
  const prefixed =
    classifier.length > 0 &&
    lex.PREFIXED_CLASSIFIERS.has(classifierKey) &&
    !phraseKey(before).startsWith(classifierKey);
  return prefixed ? `${classifier} ${before}` : before;
}

/** "xử phạt vi phạm hành chính 1.230 trường hợp": a generic noun takes the clause before. */
function genericWithClause(context: PhraseContext, noun: string, place: QuantityPlace): string {
  const before = phraseText(context, withoutSpeaker(context, phraseBefore(context, place.first, 6)));
  return before.length > 0 ? `${noun} ${lowerSentenceStart(before)}` : noun;
}

/** "tăng 1,8 lần": what changed, and how. */
function multipleLabel(context: PhraseContext, place: QuantityPlace): string {
  const lex = lexicon();
  const verbLength = matchAt(context.tokens, place.first - 2, lex.MULTIPLE_VERBS) === 2 ? 2 : 1;
  const verbFrom = place.first - verbLength;
  if (matchAt(context.tokens, verbFrom, lex.MULTIPLE_VERBS) !== verbLength) return '';
  const subject = beforeOrSubject(context, verbFrom);
  const verb = phraseText(context, { from: verbFrom, to: place.first });
  return subject.length > 0 ? join(subject, verb) : '';
}

/** "3 trong số 8 huyện": the noun the second number counts. */
function partOfLabel(context: PhraseContext, place: QuantityPlace): string {
  const length = matchAt(context.tokens, place.next, lexicon().PART_OF);
  const whole = context.tokens[place.next + length];
  if (length === 0 || whole === undefined || whole.kind !== 'digits') return '';
  let after = place.next + length + 1;
  while (context.tokens[after]?.kind === 'punct' && !context.tokens[after]?.spaced) after += 1;
  return phraseText(context, nounPhraseAfter(context, after));
}

/**
 * "Số hộ nghèo giảm 1.250 hộ", "…, tăng 85 hợp tác xã so với năm trước": a count after a
 * level verb is a change (or a level) of what the clause is about.
 */
function changeLabel(
  context: PhraseContext,
  place: QuantityPlace,
  noun: Range,
  signedOnly = false,
): QuantityLabel | undefined {
  const lex = lexicon();
  const levelIndex = levelVerbBefore(context, place.first);
  const level = context.tokens[levelIndex];
  if (levelIndex < 0 || level === undefined) return undefined;
  if (signedOnly && !lex.SIGNED_LEVEL_VERBS.has(level.key)) return undefined;
  const { subject } = subjectOf(context, levelIndex);
  const nounText = phraseText(context, noun);
  const head = phraseKey(nounText).split(' ')[0] ?? '';
  const named = subject.length > 0 && phraseKey(subject).split(' ').includes(head);
  // "giảm 2 vụ" after "9 vụ tai nạn giao thông": the cases the text has named.
  const earlier = named || !signedOnly ? undefined : context.earlierLabel?.(head);
  const what = named ? subject : (earlier ?? nounText);
  if (lex.SIGNED_LEVEL_VERBS.has(level.key))
    return { label: join(what, level.raw, comparisonAfter(context, noun.to)), subject: what };
  return named ? { label: subject, subject } : undefined;
}

function boundsAGroup(context: PhraseContext, range: Range): boolean {
  const markers = lexicon().BOUND_MARKERS;
  for (let i = range.from; i <= range.to; i += 1) if (matchAt(context.tokens, i, markers) === 2) return true;
  return false;
}

function countLabel(context: PhraseContext, place: QuantityPlace): string | QuantityLabel {
  const partOf = partOfLabel(context, place);
  if (partOf.length > 0) return partOf;
  const range = nounPhraseAfter(context, place.next);
  // "từ 3 sao trở lên": a bound on a group, no count.
  if (range !== undefined && boundsAGroup(context, range)) return '';
  if (
    range !== undefined &&
    range.to - range.from === 1 &&
    lexicon().MULTIPLES.has(context.tokens[range.from]?.key ?? '')
  ) {
    const multiple = multipleLabel(context, place);
    if (multiple.length > 0) return multiple;
  }
  const noun = phraseText(context, range);
  const lex = lexicon();
  const nounKey = phraseKey(noun);
  const bare = range === undefined || isBareClassifier(context, range);
  // "giảm 2 vụ": a change, whatever the noun.
  const signedChange = range !== undefined && bare ? changeLabel(context, place, range, true) : undefined;
  if (signedChange !== undefined) return signedChange;
  if (range === undefined || bare) {
    const stated = range === undefined ? '' : copulaNoun(context, range);
    if (stated.length > 0) return stated;
    // "bắt giữ 45 vụ": the verb says what the cases are.
    if (noun.length > 0 && objectVerbBefore(context, place.first) !== undefined)
      return withVerb(context, noun, place);
    if (lex.GENERIC_COUNTED.has(nounKey) && !lex.PREFIXED_CLASSIFIERS.has(nounKey))
      return genericWithClause(context, noun, place);
    return labelBefore(context, place, noun);
  }
  const change = changeLabel(context, place, range);
  if (change !== undefined) return change;
  const withItsVerb = withVerb(context, noun, place);
  if (withItsVerb !== noun) return withItsVerb;
  // "Tổng số hộ là 5.000 hộ": the words before name the same noun, and say more.
  if (range.to - range.from === 1) {
    const before = phraseText(context, withoutSpeaker(context, phraseBefore(context, place.first, 6)));
    const last = before.split(' ').pop() ?? '';
    if (before !== noun && phraseKey(last) === nounKey) return before;
  }
  return lex.GENERIC_COUNTED.has(nounKey) ? genericWithClause(context, noun, place) : noun;
}

/** "tỉnh đã bố trí" → "bố trí": the verb after its subject and auxiliary. */
function afterAuxiliary(before: string): string {
  const words = before.split(' ');
  const aux = words.findIndex((word) => ['đã', 'đang', 'sẽ'].map(phraseKey).includes(phraseKey(word)));
  return aux >= 0 && aux < words.length - 1 ? words.slice(aux + 1).join(' ') : before;
}

/** The rest of the clause after `index`, numbers included, up to a few words. */
function clauseAfter(context: PhraseContext, index: number): string {
  let end = index;
  let words = 0;
  while (end < context.sentenceEnd && words < 8) {
    const token = context.tokens[end];
    if (token === undefined) break;
    const inNumber = token.kind === 'punct' && !token.spaced && context.tokens[end + 1]?.kind === 'digits';
    if (token.kind === 'punct' && !inNumber) break;
    if (token.kind === 'word') words += 1;
    end += 1;
  }
  return phraseText(context, { from: index, to: end });
}

function moneyLabel(context: PhraseContext, place: QuantityPlace): string {
  const noun = phraseText(context, nounPhraseAfter(context, place.next));
  // "giải ngân 2.300 tỷ đồng vốn đầu tư công": the money is the object of its verb.
  if (noun.length > 0 && objectVerbBefore(context, place.first) !== undefined)
    return withVerb(context, noun, place);
  const before = afterHave(beforeOrSubject(context, place.first));
  if (before.length === 0) return noun;
  // "bố trí 45 tỷ đồng xây dựng 60 phòng học": a bare verb before, its purpose after.
  const verb = afterAuxiliary(before);
  if (verb.split(' ').length <= 2 && noun.length > 0) return join(verb, clauseAfter(context, place.next));
  const purpose = wordsAre(context.tokens, place.next, 'cho') || wordsAre(context.tokens, place.next, 'để');
  const purposeText = purpose ? phraseText(context, nounPhraseAfter(context, place.next + 1)) : '';
  const opener = context.tokens[place.next]?.raw ?? '';
  return purposeText.length > 0 ? join(before, opener, purposeText) : before;
}

/** "Dự án có tổng mức đầu tư 1.250 tỷ đồng": what is had, not who has it. */
function afterHave(before: string): string {
  const words = before.split(' ');
  const at = words.findIndex((word, i) => i > 0 && phraseKey(word) === phraseKey('có'));
  return at > 0 && at < words.length - 1 ? words.slice(at + 1).join(' ') : before;
}

function measureLabel(context: PhraseContext, place: QuantityPlace): string {
  const noun = phraseText(context, nounPhraseAfter(context, place.next));
  if (noun.length > 0) return withVerb(context, noun, place);
  const before = beforeOrSubject(context, place.first);
  // "dài 32,5 km": the size of what the sentence is about.
  if (lexicon().DIMENSIONS.has(phraseKey(before))) {
    const subject = phraseText(context, withoutSpeaker(context, sentenceSubject(context, place.first)));
    return subject.length > 0 && subject !== before ? `${subject} ${before}` : before;
  }
  return before;
}

function plain(label: string): QuantityLabel {
  return { label, subject: label };
}

export function quantityLabel(context: PhraseContext, place: QuantityPlace, kind: FigureKind): QuantityLabel {
  if (kind === 'percent') return percentLabel(context, place);
  if (kind === 'money') return plain(moneyLabel(context, place));
  if (kind === 'measure') return plain(measureLabel(context, place));
  const count = countLabel(context, place);
  return typeof count === 'string' ? plain(count) : count;
}
